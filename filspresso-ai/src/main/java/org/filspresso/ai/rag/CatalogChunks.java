package org.filspresso.ai.rag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.filspresso.ai.chemistry.Molecule;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CupSize;

/** Passages for what the shop sells and knows as data: coffees, machines, cup volumes, molecules. */
public final class CatalogChunks {

    private CatalogChunks() {
    }

    /** @param cupVolumes cup size label to its volume in ml on this coffee's system, in the coffee's order */
    public static Chunk coffee(CapsuleSystem system, String slug, String name, Integer intensity, boolean decaf, List<String> notes,
                               List<String> origins, String roast, Map<String, Integer> cupVolumes, String tasting, String description) {
        String systemName = system.label();
        String text = name + " is a " + systemName + " capsule" + (intensity == null ? "" : ", intensity " + intensity)
                + (decaf ? ", decaffeinated" : "") + ". "
                + (notes.isEmpty() ? "" : "Aromatic notes: " + String.join(", ", notes) + ". ")
                + (origins.isEmpty() ? "" : "Origins: " + String.join(", ", origins) + ". ")
                + (roast == null ? "" : "Roast: " + roast + ". ")
                + "Cup sizes: " + cupVolumes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ml").collect(Collectors.joining(", "))
                + ". " + nullToEmpty(tasting) + " " + nullToEmpty(description);
        String page = coffeePage(system, slug);
        return new Chunk(page.substring(1), "coffee", name + " (" + systemName + " capsule)", text.strip(), page);
    }

    /** A coffee's product page, from the application's root; also the id of its passage (without the slash). */
    public static String coffeePage(CapsuleSystem system, String slug) {
        return "/coffee/" + system.code() + "/" + slug;
    }

    public static Chunk machine(String slug, String name, CapsuleSystem system, String maker, String model, String milkSystem,
                                List<String> cupSizes, Integer pumpPressureBar, int waterTankMl, int heatUpSeconds, String description) {
        String systemName = system.label();
        String text = name + " is a " + systemName + " machine" + (maker == null ? "" : " by " + maker) + (model == null ? "" : " (" + model + ")")
                + "; it takes " + systemName + " capsules only. "
                + "Cups: " + String.join(", ", cupSizes) + ". Milk: " + milkSystem + ". "
                + (pumpPressureBar == null ? "" : "Pump pressure " + pumpPressureBar + " bar. ")
                + "Water tank " + waterTankMl + " ml, ready in " + heatUpSeconds + " s. " + nullToEmpty(description);
        return new Chunk("machine/" + slug, "machine", name, text.strip(), "/machine/" + slug);
    }

    /** Every system's cup sizes with a canonical volume, in the order of the enums. */
    public static Chunk capsuleVolumes(CapsuleVolumes volumes) {
        List<String> systems = new ArrayList<>();
        for (CapsuleSystem system : CapsuleSystem.values()) {
            List<String> cups = new ArrayList<>();
            for (CupSize size : CupSize.values()) {
                volumes.volumeMl(system, size).ifPresent(ml -> cups.add(size.label().toLowerCase(Locale.ROOT) + " " + ml + " ml"));
            }
            systems.add(system.label() + " capsules brew " + String.join(", ", cups) + ".");
        }
        return new Chunk("capsule-volumes", "capsule-volumes", "Canonical cup volumes",
                "The canonical cup volumes of our capsules. " + String.join(" ", systems), "/api/catalog/capsule-volumes");
    }

    public static Chunk molecule(Molecule molecule) {
        String text = molecule.displayName() + " (" + molecule.formula() + ", " + molecule.molarMass() + " g/mol"
                + (molecule.aliases().isEmpty() ? "" : "; also called " + String.join(", ", molecule.aliases())) + "). "
                + "Flavour: " + molecule.flavour() + " Health: " + molecule.health() + " Roasting: " + molecule.roasting()
                + " Brewing: " + molecule.brewing();
        return new Chunk("molecule/" + molecule.name(), "molecule", molecule.displayName() + " (molecule)", text,
                "/api/molecules/" + molecule.name());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
