package org.filspresso.ai.recommend;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CupSize;

/** The shop's 100 coffees from server-config's seed data, as recommendation candidates (ids in file order). */
final class SeedCatalog {

    private static final Path SEED = Path.of("../server-config/src/main/resources/db/seed");

    static List<Candidate> coffees() {
        List<Candidate> coffees = new ArrayList<>();
        for (String file : List.of("coffees-original.json", "coffees-vertuo.json")) {
            try (JsonReader reader = Json.createReader(Files.newBufferedReader(SEED.resolve(file)))) {
                for (JsonValue value : reader.readArray()) {
                    JsonObject c = value.asJsonObject();
                    List<CupSize> sizes = c.getJsonArray("cup_sizes").getValuesAs(JsonObject.class).stream()
                            .map(size -> cupSize(size.getString("name"))).toList();
                    coffees.add(new Candidate(coffees.size() + 1, CapsuleSystem.valueOf(c.getString("system").toUpperCase(Locale.ROOT)),
                            c.getString("slug"), c.getString("name"), c.getInt("intensity"), c.getBoolean("decaf"),
                            c.getJsonArray("aromatic_notes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                            c.getString("roast"), sizes, c.getString("tasting_notes"), 0));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return coffees;
    }

    /** By its label as the seed writes it ("Gran Lungo", "Caffè Latte", "Cold-Brew"). */
    private static CupSize cupSize(String label) {
        String wanted = label.replace('-', ' ');
        return Arrays.stream(CupSize.values()).filter(size -> size.label().replace('-', ' ').equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown cup size " + label));
    }

    private SeedCatalog() {
    }
}
