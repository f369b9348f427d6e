package org.filspresso.ai.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.junit.jupiter.api.Test;

class ChatRequestTest {

    @Test
    void writesTheConversationInTheTrainedFormat() {
        ChatRequest chat = ChatRequest.parse("{\"messages\": [{\"role\": \"user\", \"content\": \"What is a ristretto?\"},"
                + " {\"role\": \"assistant\", \"content\": \"A short espresso.\"}, {\"role\": \"user\", \"content\": \"How short?\"}]}");
        assertThat(chat.prompt()).isEqualTo("<|user|>What is a ristretto?\n<|assistant|>A short espresso.\n<|user|>How short?\n<|assistant|>");
        assertThat(chat.lastQuestion()).isEqualTo("How short?");
        assertThat(chat.model()).isEqualTo("auto");
    }

    @Test
    void namesTheWrongMessage() {
        assertThatThrownBy(() -> ChatRequest.parse("{\"messages\": [{\"role\": \"user\", \"content\": \"Hi\"}, {\"role\": \"robot\", \"content\": \"x\"}]}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .contains("messages[1]"));
        assertThatThrownBy(() -> ChatRequest.parse("{\"messages\": [{\"role\": \"assistant\", \"content\": \"Hello\"}]}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::message)
                        .anyMatch(message -> message.contains("last message")));
        assertThatThrownBy(() -> ChatRequest.parse("{\"messages\": []}")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aConversationIdIsAPositiveWholeNumberAndAMessageHasALimit() {
        String question = "\"messages\": [{\"role\": \"user\", \"content\": \"%s\"}]";
        assertThat(ChatRequest.parse("{\"conversation_id\": 12, " + question.formatted("More?") + "}").conversationId()).contains(12L);
        assertThat(ChatRequest.parse("{" + question.formatted("More?") + "}").conversationId()).isEmpty();
        assertThatThrownBy(() -> ChatRequest.parse("{\"conversation_id\": \"twelve\", " + question.formatted("More?") + "}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("conversation_id"));
        assertThatThrownBy(() -> ChatRequest.parse("{" + question.formatted("x".repeat(ChatRequest.MAX_MESSAGE_CHARACTERS + 1)) + "}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("messages[0]"));
    }
}
