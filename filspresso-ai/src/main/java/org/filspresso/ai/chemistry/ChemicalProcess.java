package org.filspresso.ai.chemistry;

import jakarta.json.JsonObject;
import java.util.List;

/** A process of roasting or brewing (Maillard reaction, extraction…) and the molecules it involves. */
public record ChemicalProcess(String name, String displayName, String summary, List<String> molecules) {

    static ChemicalProcess fromJson(JsonObject json) {
        return new ChemicalProcess(json.getString("name"), json.getString("display_name"), json.getString("summary"),
                Molecule.strings(json, "molecules"));
    }
}
