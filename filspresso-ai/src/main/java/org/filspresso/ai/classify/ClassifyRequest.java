package org.filspresso.ai.classify;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.filspresso.ai.generation.GenerateRequest;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.filspresso.query.JsonBody;

/**
 * A body of {@code POST /api/classify}: {@code text} (required), {@code task} (coffee_type,
 * brewing_method or intent; all three when absent) and {@code model} (auto or a model's name).
 */
public record ClassifyRequest(String text, List<String> tasks, String model) {

    public static final int MAX_CHARACTERS = 1000;
    public static final List<String> TASKS = List.of("coffee_type", "brewing_method", "intent");

    public static ClassifyRequest parse(String body) {
        JsonObject json = JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        String text = JsonBody.text(json, "text", MAX_CHARACTERS, errors);
        List<String> tasks = TASKS;
        JsonValue task = json.get("task");
        if (task instanceof JsonString name && TASKS.contains(name.getString())) {
            tasks = List.of(name.getString());
        } else if (task != null && task != JsonValue.NULL) {
            errors.add(new FieldError("task", "task is one of " + String.join(", ", TASKS) + " (or absent for all three)."));
        }
        String model = GenerateRequest.model(json, errors);
        InvalidInputException.throwIf(errors);
        return new ClassifyRequest(text, tasks, model);
    }
}
