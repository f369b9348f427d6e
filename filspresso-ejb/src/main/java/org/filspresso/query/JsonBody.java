package org.filspresso.query;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

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
}
