package org.filspresso.ai.rag;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.filspresso.ai.chemistry.Molecule;

/** Passages for what the shop sells and knows as data: coffees, machines, cup volumes, molecules. */
public final class CatalogChunks {

    private CatalogChunks() {
    }

    /** @param cupVolumes cup size label to its volume in ml on this coffee's system, in the coffee's order */
    public static Chunk coffee(String system, String slug, String name, Integer intensity, boolean decaf, List<String> notes,
                               List<String> origins, String roast, Map<String, Integer> cupVolumes, String tasting, String description) {
        String systemName = capitalised(system);
        String text = name + " is a " + systemName + " capsule" + (intensity == null ? "" : ", intensity " + intensity)
                + (decaf ? ", decaffeinated" : "") + ". "
                + (notes.isEmpty() ? "" : "Aromatic notes: " + String.join(", ", notes) + ". ")
                + (origins.isEmpty() ? "" : "Origins: " + String.join(", ", origins) + ". ")
                + (roast == null ? "" : "Roast: " + roast + ". ")
                + "Cup sizes: " + cupVolumes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ml").collect(Collectors.joining(", "))
                + ". " + nullToEmpty(tasting) + " " + nullToEmpty(description);
        return new Chunk("coffee/" + system + "/" + slug, "coffee", name + " (" + systemName + " capsule)", text.strip(),
                "/coffee/" + system + "/" + slug);
    }

    public static Chunk machine(String slug, String name, String system, String maker, String model, String milkSystem,
                                List<String> cupSizes, Integer pumpPressureBar, int waterTankMl, int heatUpSeconds, String description) {
        String systemName = capitalised(system);
        String text = name + " is a " + systemName + " machine" + (maker == null ? "" : " by " + maker) + (model == null ? "" : " (" + model + ")")
                + "; it takes " + systemName + " capsules only. "
                + "Cups: " + String.join(", ", cupSizes) + ". Milk: " + milkSystem + ". "
                + (pumpPressureBar == null ? "" : "Pump pressure " + pumpPressureBar + " bar. ")
                + "Water tank " + waterTankMl + " ml, ready in " + heatUpSeconds + " s. " + nullToEmpty(description);
        return new Chunk("machine/" + slug, "machine", name, text.strip(), "/machine/" + slug);
    }

    /** @param volumes cup size label to canonical volume in ml, per system name */
    public static Chunk capsuleVolumes(Map<String, Map<String, Integer>> volumes) {
        String text = volumes.entrySet().stream().map(system -> capitalised(system.getKey()) + " capsules brew "
                + system.getValue().entrySet().stream().map(e -> e.getKey().toLowerCase(Locale.ROOT) + " " + e.getValue() + " ml")
                        .collect(Collectors.joining(", ")) + ".")
                .collect(Collectors.joining(" "));
        return new Chunk("capsule-volumes", "capsule-volumes", "Canonical cup volumes", "The canonical cup volumes of our capsules. " + text,
                "/api/catalog/capsule-volumes");
    }

    public static Chunk molecule(Molecule molecule) {
        String text = molecule.displayName() + " (" + molecule.formula() + ", " + molecule.molarMass() + " g/mol"
                + (molecule.aliases().isEmpty() ? "" : "; also called " + String.join(", ", molecule.aliases())) + "). "
                + "Flavour: " + molecule.flavour() + " Health: " + molecule.health() + " Roasting: " + molecule.roasting()
                + " Brewing: " + molecule.brewing();
        return new Chunk("molecule/" + molecule.name(), "molecule", molecule.displayName() + " (molecule)", text,
                "/api/molecules/" + molecule.name());
    }

    private static String capitalised(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
