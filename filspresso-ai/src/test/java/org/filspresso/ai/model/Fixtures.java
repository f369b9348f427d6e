package org.filspresso.ai.model;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the trainer wrote for these tests in this build (kafelot.fixtures, run before the tests). */
final class Fixtures {

    static final Path DIR = Path.of(System.getProperty("kafelot.fixtures", "target/kafelot-fixtures"));
    static final Path TOKENIZER = Path.of("training/tokenizer/kafelot.json");

    private Fixtures() {
    }

    static JsonObject json(String name) {
        return read(DIR.resolve(name));
    }

    static JsonObject read(Path file) {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file)))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long[] longs(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonNumber.class).stream().mapToLong(jakarta.json.JsonNumber::longValue).toArray();
    }

    static float[] floats(JsonArray array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.getJsonNumber(i).doubleValue();
        }
        return values;
    }
}
