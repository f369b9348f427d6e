package org.filspresso.ai.recommend;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.filspresso.ai.SeedData;
import org.filspresso.catalog.CupSize;

/** The shop's 100 coffees from server-config's seed data, as recommendation candidates (ids in file order). */
final class SeedCatalog {

    static List<Candidate> coffees() {
        List<Candidate> coffees = new ArrayList<>();
        for (JsonObject c : SeedData.coffees()) {
            List<CupSize> sizes = c.getJsonArray("cup_sizes").getValuesAs(JsonObject.class).stream()
                    .map(size -> cupSize(size.getString("name"))).toList();
            coffees.add(new Candidate(coffees.size() + 1, SeedData.system(c), c.getString("slug"), c.getString("name"), c.getInt("intensity"),
                    c.getBoolean("decaf"), SeedData.strings(c, "aromatic_notes"), c.getString("roast"), sizes, c.getString("tasting_notes"), 0));
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
