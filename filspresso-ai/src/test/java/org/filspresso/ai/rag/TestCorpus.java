package org.filspresso.ai.rag;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.filspresso.ai.chemistry.MoleculeLibrary;

/** Every passage the application indexes, read from the repository's files (the seed data stands in for the database). */
final class TestCorpus {

    static final Path KNOWLEDGE = Path.of("training/data/knowledge");
    private static final Path SEED = Path.of("../server-config/src/main/resources/db/seed");
    private static final Map<String, Map<String, Integer>> VOLUMES = Map.of(
            "original", Map.of("Ristretto", 25, "Espresso", 40, "Lungo", 110),
            "vertuo", Map.of("Espresso", 40, "Double Espresso", 80, "Gran Lungo", 150, "Mug", 230, "Alto", 414));

    static List<Chunk> chunks() {
        List<Chunk> chunks = new ArrayList<>();
        try (Stream<Path> articles = Files.list(KNOWLEDGE)) {
            for (Path article : articles.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                chunks.addAll(KnowledgeChunker.chunks(article.getFileName().toString().replace(".md", ""), Files.readString(article)));
            }
            for (String file : List.of("coffees-original.json", "coffees-vertuo.json")) {
                for (JsonObject c : array(SEED.resolve(file))) {
                    Map<String, Integer> cups = new LinkedHashMap<>();
                    c.getJsonArray("cup_sizes").getValuesAs(JsonObject.class).stream().filter(s -> !s.isNull("volume_ml"))
                            .forEach(s -> cups.put(s.getString("name"), s.getInt("volume_ml")));
                    chunks.add(CatalogChunks.coffee(c.getString("system"), c.getString("slug"), c.getString("name"), c.getInt("intensity"),
                            c.getBoolean("decaf"), strings(c, "aromatic_notes"), strings(c, "origins"), c.getString("roast"), cups,
                            c.getString("tasting_notes"), c.getString("description")));
                }
            }
            for (JsonObject m : array(SEED.resolve("machines.json"))) {
                chunks.add(CatalogChunks.machine(m.getString("slug"), m.getString("name"), m.getString("system"), m.getString("maker", null),
                        m.getString("model", null), m.getString("milk_system"), strings(m, "programmable_cups"),
                        m.isNull("pump_pressure_bar") ? null : m.getInt("pump_pressure_bar"), m.getInt("water_tank_ml"),
                        m.getInt("heat_up_seconds"), m.getString("description")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MoleculeLibrary.shipped().all().forEach(molecule -> chunks.add(CatalogChunks.molecule(molecule)));
        chunks.add(CatalogChunks.capsuleVolumes(VOLUMES));
        return chunks;
    }

    private static List<JsonObject> array(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).toList();
        }
    }

    private static List<String> strings(JsonObject json, String field) {
        return json.containsKey(field) && !json.isNull(field)
                ? json.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
    }

    private TestCorpus() {
    }
}
