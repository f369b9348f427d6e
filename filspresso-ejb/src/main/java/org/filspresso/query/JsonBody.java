package org.filspresso.query;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** A request body that must be one JSON object; anything else is a 400 naming the field "body". */
public final class JsonBody {

    private JsonBody() {
    }

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "The body is empty: send a JSON object.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            if (reader.readValue() instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "The body is not valid JSON.");
        }
        throw new InvalidInputException("body", "The body must be a JSON object.");
    }

    /** A required text field of 1 to {@code maxCharacters} characters (not only spaces); "" with its error otherwise. */
    public static String text(JsonObject json, String name, int maxCharacters, List<FieldError> errors) {
        if (json.get(name) instanceof JsonString value && !value.getString().isBlank() && value.getString().length() <= maxCharacters) {
            return value.getString();
        }
        errors.add(new FieldError(name, name + " is required: 1 to " + maxCharacters + " characters."));
        return "";
    }

    /**
     * An optional number field: {@code fallback} when absent or null; otherwise it must lie in
     * [min, max] (and be whole when asked), else its error joins {@code errors} and the fallback is returned.
     */
    public static double number(JsonObject json, String name, double fallback, double min, double max, boolean whole,
                                List<FieldError> errors) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (value instanceof JsonNumber number && (!whole || number.isIntegral())) {
            double d = number.doubleValue();
            if (d >= min && d <= max) {
                return d;
            }
        }
        String range = whole ? (long) min + " to " + (long) max : min + " to " + max;
        errors.add(new FieldError(name, name + " is " + (whole ? "a whole number from " : "a number from ") + range + "."));
        return fallback;
    }
}
