package org.filspresso.ai.generation;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.filspresso.ai.model.Sampling;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.filspresso.query.JsonBody;

/**
 * A body of {@code POST /api/generate}: {@code prompt} (required), {@code model} (auto, tanka,
 * villanelle, ode), {@code max_length}, {@code temperature}, {@code top_k}, {@code top_p},
 * {@code repetition_penalty}, {@code seed}, {@code stop} and {@code raw} (continue the text as
 * it is instead of answering it as a question). Every wrong field is named in the answer.
 */
public record GenerateRequest(String model, String prompt, boolean raw, Sampling sampling) {

    public static final int MAX_PROMPT_CHARACTERS = 4000;
    public static final int MAX_LENGTH = 512;

    public static GenerateRequest parse(String body) {
        JsonObject json = JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        String model = model(json, errors);
        String prompt = "";
        if (json.get("prompt") instanceof JsonString text && !text.getString().isBlank()
                && text.getString().length() <= MAX_PROMPT_CHARACTERS) {
            prompt = text.getString();
        } else {
            errors.add(new FieldError("prompt", "prompt is required: 1 to " + MAX_PROMPT_CHARACTERS + " characters of text."));
        }
        Sampling sampling = sampling(json, errors);
        boolean raw = json.get("raw") == JsonValue.TRUE;
        InvalidInputException.throwIf(errors);
        return new GenerateRequest(model, prompt, raw, sampling);
    }

    /** The sampling fields shared by generate and chat (defaults where absent; errors named). */
    static Sampling sampling(JsonObject json, List<FieldError> errors) {
        int maxLength = (int) JsonBody.number(json, "max_length", 128, 1, MAX_LENGTH, true, errors);
        double temperature = JsonBody.number(json, "temperature", 0.7, 0, 2, false, errors);
        int topK = (int) JsonBody.number(json, "top_k", 40, 0, 1000, true, errors);
        double topP = JsonBody.number(json, "top_p", 0.95, 0.01, 1, false, errors);
        double repetitionPenalty = JsonBody.number(json, "repetition_penalty", 1.1, 1, 2, false, errors);
        long seed = (long) JsonBody.number(json, "seed", System.nanoTime() & 0xFFFFFF, 0, 1L << 52, true, errors);
        List<String> stop = new ArrayList<>();
        JsonValue stopValue = json.get("stop");
        if (stopValue instanceof jakarta.json.JsonArray array && array.size() <= 4
                && array.stream().allMatch(v -> v instanceof JsonString s && !s.getString().isEmpty() && s.getString().length() <= 40)) {
            array.forEach(v -> stop.add(((JsonString) v).getString()));
        } else if (stopValue != null && stopValue != JsonValue.NULL) {
            errors.add(new FieldError("stop", "stop is a list of up to 4 texts of 1 to 40 characters."));
        }
        return new Sampling(maxLength, temperature, topK, topP, repetitionPenalty, seed, stop);
    }

    /** model: auto (default), tanka, villanelle or ode. */
    public static String model(JsonObject json, List<FieldError> errors) {
        JsonValue modelValue = json.get("model");
        if (modelValue instanceof JsonString text && (text.getString().equals("auto") || ModelRouter.MODELS.contains(text.getString()))) {
            return text.getString();
        }
        if (modelValue != null && modelValue != JsonValue.NULL) {
            errors.add(new FieldError("model", "model is auto, tanka, villanelle or ode."));
        }
        return "auto";
    }
}
