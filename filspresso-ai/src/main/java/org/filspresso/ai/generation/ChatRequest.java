package org.filspresso.ai.generation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.filspresso.ai.model.Sampling;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.filspresso.query.JsonBody;

/**
 * A body of {@code POST /api/chat}: {@code messages} [{role: user|assistant, content}] ending with
 * the user's turn, plus the model and sampling fields of generate; a signed-in person's
 * {@code conversation_id} names the stored conversation the turn continues.
 */
public record ChatRequest(String model, List<Turn> messages, Sampling sampling, Optional<Long> conversationId) {

    public record Turn(String role, String content) {
    }

    public static final int MAX_TURNS = 32;
    public static final int MAX_CHARACTERS = 12_000;
    public static final int MAX_MESSAGE_CHARACTERS = 4_000;

    public static ChatRequest parse(String body) {
        JsonObject json = JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        String model = GenerateRequest.model(json, errors);
        List<Turn> turns = new ArrayList<>();
        if (json.get("messages") instanceof JsonArray array && !array.isEmpty() && array.size() <= MAX_TURNS) {
            int characters = 0;
            for (int i = 0; i < array.size(); i++) {
                JsonValue value = array.get(i);
                String field = "messages[" + i + "]";
                if (value instanceof JsonObject message && message.get("role") instanceof JsonString role
                        && (role.getString().equals("user") || role.getString().equals("assistant"))
                        && message.get("content") instanceof JsonString content && !content.getString().isBlank()) {
                    if (content.getString().length() > MAX_MESSAGE_CHARACTERS) {
                        errors.add(new FieldError(field, field + " is over " + MAX_MESSAGE_CHARACTERS + " characters."));
                    }
                    turns.add(new Turn(role.getString(), content.getString()));
                    characters += content.getString().length();
                } else {
                    errors.add(new FieldError(field, field + " is {role: user|assistant, content: text}."));
                }
            }
            if (characters > MAX_CHARACTERS) {
                errors.add(new FieldError("messages", "The conversation is over " + MAX_CHARACTERS + " characters: start a new one."));
            }
            if (!turns.isEmpty() && !turns.get(turns.size() - 1).role().equals("user")) {
                errors.add(new FieldError("messages", "The last message is the user's."));
            }
        } else {
            errors.add(new FieldError("messages", "messages is required: 1 to " + MAX_TURNS + " {role, content} objects."));
        }
        Sampling sampling = GenerateRequest.sampling(json, errors);
        Optional<Long> conversationId = conversationId(json, errors);
        InvalidInputException.throwIf(errors);
        return new ChatRequest(model, List.copyOf(turns), sampling, conversationId);
    }

    private static Optional<Long> conversationId(JsonObject json, List<FieldError> errors) {
        JsonValue value = json.get("conversation_id");
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() > 0) {
            return Optional.of(number.longValue());
        }
        errors.add(new FieldError("conversation_id", "conversation_id is the id of one of your conversations (a positive whole number)."));
        return Optional.empty();
    }

    /** The conversation in the trained format, ending where the assistant speaks next. */
    public String prompt() {
        StringBuilder prompt = new StringBuilder();
        for (Turn turn : messages) {
            prompt.append(turn.role().equals("user") ? "<|user|>" : "<|assistant|>").append(turn.content().strip()).append('\n');
        }
        return prompt.append("<|assistant|>").toString();
    }

    public String lastQuestion() {
        return messages.get(messages.size() - 1).content();
    }
}
