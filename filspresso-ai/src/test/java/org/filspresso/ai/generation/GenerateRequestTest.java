package org.filspresso.ai.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.junit.jupiter.api.Test;

class GenerateRequestTest {

    @Test
    void readsTheSeedsBodyWithDefaults() {
        GenerateRequest request = GenerateRequest.parse("{\"model\": \"tanka\", \"prompt\": \"What is a lungo?\", \"max_length\": 64,"
                + " \"temperature\": 0}");
        assertThat(request.model()).isEqualTo("tanka");
        assertThat(request.prompt()).isEqualTo("What is a lungo?");
        assertThat(request.sampling().maxTokens()).isEqualTo(64);
        assertThat(request.sampling().temperature()).isZero();
        assertThat(request.sampling().topP()).isEqualTo(0.95);
        assertThat(GenerateRequest.parse("{\"prompt\": \"Hi\"}").model()).isEqualTo("auto");
    }

    @Test
    void namesEveryWrongField() {
        assertThatThrownBy(() -> GenerateRequest.parse("{\"model\": \"gpt\", \"prompt\": \"\", \"max_length\": 9999,"
                + " \"temperature\": -1, \"top_p\": 2, \"top_k\": 1.5, \"repetition_penalty\": 0.5, \"stop\": \"x\"}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("model", "prompt", "max_length", "temperature", "top_k", "top_p", "repetition_penalty", "stop"));
        assertThatThrownBy(() -> GenerateRequest.parse("not json")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("body"));
        assertThatThrownBy(() -> GenerateRequest.parse("{\"prompt\": \"" + "a".repeat(4001) + "\"}"))
                .isInstanceOf(InvalidInputException.class);
    }
}
