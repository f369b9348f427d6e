package org.filspresso.ai;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filspresso.catalog.CapsuleSystem;

/** The shop's catalog as server-config seeds it (100 coffees, 18 machines): what the database holds, for tests without one. */
public final class SeedData {

    private static final Path SEED = Path.of("../server-config/src/main/resources/db/seed");

    private SeedData() {
    }

    /** Original coffees first, then Vertuo, in file order. */
    public static List<JsonObject> coffees() {
        List<JsonObject> coffees = new ArrayList<>(read("coffees-original.json"));
        coffees.addAll(read("coffees-vertuo.json"));
        return coffees;
    }

    public static List<JsonObject> machines() {
        return read("machines.json");
    }

    public static CapsuleSystem system(JsonObject product) {
        return CapsuleSystem.valueOf(product.getString("system").toUpperCase(Locale.ROOT));
    }

    /** A list of strings, empty when the field is absent or null. */
    public static List<String> strings(JsonObject json, String field) {
        return json.containsKey(field) && !json.isNull(field)
                ? json.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
    }

    private static List<JsonObject> read(String file) {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(SEED.resolve(file)))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
