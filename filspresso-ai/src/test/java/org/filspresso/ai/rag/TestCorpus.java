package org.filspresso.ai.rag;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.filspresso.ai.SeedData;
import org.filspresso.ai.brew.BrewTestData;
import org.filspresso.ai.chemistry.MoleculeLibrary;

/** Every passage the application indexes, read from the repository's files (the seed data stands in for the database). */
final class TestCorpus {

    static final Path KNOWLEDGE = Path.of("training/data/knowledge");

    static List<Chunk> chunks() {
        List<Chunk> chunks = new ArrayList<>();
        try (Stream<Path> articles = Files.list(KNOWLEDGE)) {
            for (Path article : articles.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                chunks.addAll(KnowledgeChunker.chunks(article.getFileName().toString().replace(".md", ""), Files.readString(article)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonObject c : SeedData.coffees()) {
            Map<String, Integer> cups = new LinkedHashMap<>();
            c.getJsonArray("cup_sizes").getValuesAs(JsonObject.class).stream().filter(s -> !s.isNull("volume_ml"))
                    .forEach(s -> cups.put(s.getString("name"), s.getInt("volume_ml")));
            chunks.add(CatalogChunks.coffee(SeedData.system(c), c.getString("slug"), c.getString("name"), c.getInt("intensity"),
                    c.getBoolean("decaf"), SeedData.strings(c, "aromatic_notes"), SeedData.strings(c, "origins"), c.getString("roast"), cups,
                    c.getString("tasting_notes"), c.getString("description")));
        }
        for (JsonObject m : SeedData.machines()) {
            chunks.add(CatalogChunks.machine(m.getString("slug"), m.getString("name"), SeedData.system(m), m.getString("maker", null),
                    m.getString("model", null), m.getString("milk_system"), SeedData.strings(m, "programmable_cups"),
                    m.isNull("pump_pressure_bar") ? null : m.getInt("pump_pressure_bar"), m.getInt("water_tank_ml"),
                    m.getInt("heat_up_seconds"), m.getString("description")));
        }
        MoleculeLibrary.shipped().all().forEach(molecule -> chunks.add(CatalogChunks.molecule(molecule)));
        chunks.add(CatalogChunks.capsuleVolumes(BrewTestData.VOLUMES));
        return chunks;
    }

    private TestCorpus() {
    }
}
