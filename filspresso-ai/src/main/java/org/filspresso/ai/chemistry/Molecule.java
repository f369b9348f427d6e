package org.filspresso.ai.chemistry;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.List;
import java.util.stream.Stream;

/**
 * One molecule of coffee: what it is (formula, molar mass, SMILES) and what it does (flavour,
 * health, and how roasting and brewing change it).
 *
 * @param name       the identifier used in URLs ("caffeine", "2-furfurylthiol")
 * @param processes  the processes it takes part in ({@link ChemicalProcess#name()})
 */
public record Molecule(String name, String displayName, List<String> aliases, String formula, double molarMass,
                       String smiles, String category, String flavour, String health, String roasting, String brewing,
                       List<String> processes) {

    static Molecule fromJson(JsonObject json) {
        return new Molecule(json.getString("name"), json.getString("display_name"), strings(json, "aliases"),
                json.getString("formula"), json.getJsonNumber("molar_mass").doubleValue(), json.getString("smiles"),
                json.getString("category"), json.getString("flavour"), json.getString("health"), json.getString("roasting"),
                json.getString("brewing"), strings(json, "processes"));
    }

    /** Every name a person may use for it, lower case: its identifier, display name and aliases. */
    List<String> namesToMatch() {
        return Stream.concat(Stream.of(name, displayName), aliases.stream())
                .map(MoleculeLibrary::normalise).distinct().toList();
    }

    /** The API's view; {@code structureUrl} is where its 2-D drawing is served. */
    public JsonObjectBuilder toJson(String structureUrl) {
        return Json.createObjectBuilder()
                .add("name", name).add("display_name", displayName)
                .add("aliases", Json.createArrayBuilder(aliases))
                .add("formula", formula).add("molar_mass", molarMass).add("smiles", smiles).add("category", category)
                .add("flavour", flavour).add("health", health).add("roasting", roasting).add("brewing", brewing)
                .add("processes", Json.createArrayBuilder(processes))
                .add("structure_svg", structureUrl);
    }

    static List<String> strings(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
