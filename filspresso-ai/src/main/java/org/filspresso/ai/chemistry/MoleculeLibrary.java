package org.filspresso.ai.chemistry;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The molecules of coffee and the processes that make and change them, read from
 * {@code molecules.json} and {@code processes.json}; found by any of their names, or picked out of
 * a question so that the assistant can show them.
 */
public final class MoleculeLibrary {

    private final Map<String, Molecule> molecules = new LinkedHashMap<>();
    private final Map<String, Molecule> byAnyName = new LinkedHashMap<>();
    private final Map<String, ChemicalProcess> processes = new LinkedHashMap<>();

    private MoleculeLibrary(List<Molecule> molecules, List<ChemicalProcess> processes) {
        for (Molecule molecule : molecules) {
            if (this.molecules.put(molecule.name(), molecule) != null) {
                throw new IllegalStateException("Two molecules named " + molecule.name());
            }
            molecule.namesToMatch().forEach(name -> byAnyName.putIfAbsent(name, molecule));
        }
        for (ChemicalProcess process : processes) {
            this.processes.put(process.name(), process);
            process.molecules().stream().filter(name -> !this.molecules.containsKey(name)).findAny().ifPresent(missing -> {
                throw new IllegalStateException(process.name() + " names an unknown molecule: " + missing);
            });
        }
        molecules.forEach(molecule -> molecule.processes().stream().filter(name -> !this.processes.containsKey(name))
                .findAny().ifPresent(missing -> {
                    throw new IllegalStateException(molecule.name() + " names an unknown process: " + missing);
                }));
    }

    /** The library shipped with the application. */
    public static MoleculeLibrary shipped() {
        try (InputStream molecules = resource("molecules.json"); InputStream processes = resource("processes.json")) {
            return read(new InputStreamReader(molecules, StandardCharsets.UTF_8), new InputStreamReader(processes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MoleculeLibrary read(Reader molecules, Reader processes) {
        return new MoleculeLibrary(objects(molecules, Molecule::fromJson), objects(processes, ChemicalProcess::fromJson));
    }

    public List<Molecule> all() {
        return List.copyOf(molecules.values());
    }

    /** By identifier, display name or alias, in any case ("Caffeine", "theine", "chlorogenic acid"). */
    public Optional<Molecule> find(String anyName) {
        return Optional.ofNullable(byAnyName.get(normalise(anyName)));
    }

    public List<ChemicalProcess> processes() {
        return List.copyOf(processes.values());
    }

    /** By identifier ("maillard") or display name ("Maillard reaction"). */
    public Optional<ChemicalProcess> process(String anyName) {
        String wanted = normalise(anyName);
        return processes.values().stream()
                .filter(process -> normalise(process.name()).equals(wanted) || normalise(process.displayName()).equals(wanted))
                .findFirst();
    }

    public List<Molecule> involvedIn(ChemicalProcess process) {
        return process.molecules().stream().map(molecules::get).toList();
    }

    /** The molecules a text names, in the order it first names them. */
    public List<Molecule> mentionedIn(String text) {
        String normalised = normalise(text);
        Map<Molecule, Integer> first = new LinkedHashMap<>();
        byAnyName.forEach((name, molecule) -> firstMention(normalised, name)
                .ifPresent(at -> first.merge(molecule, at, Math::min)));
        return first.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** The processes a text names ("Maillard", "caramelisation", "extraction"…), in the order it names them. */
    public List<ChemicalProcess> processesMentionedIn(String text) {
        String normalised = normalise(text).replace("caramelization", "caramelisation");
        List<Map.Entry<ChemicalProcess, Integer>> found = new ArrayList<>();
        for (ChemicalProcess process : processes.values()) {
            // "strecker-degradation" is named by "Strecker"; "maillard" by itself.
            String keyWord = process.name().split("-")[0];
            firstMention(normalised, keyWord.length() >= 6 ? keyWord : normalise(process.displayName()))
                    .ifPresent(at -> found.add(Map.entry(process, at)));
        }
        return found.stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /**
     * The molecules to draw beside an answer: those the question names, then those of the
     * processes it names ("what happens in the Maillard reaction?"), then those the answer names.
     */
    public List<Molecule> toShow(String question, String answer, int max) {
        Set<Molecule> shown = new LinkedHashSet<>(mentionedIn(question));
        processesMentionedIn(question).forEach(process -> shown.addAll(involvedIn(process)));
        shown.addAll(mentionedIn(answer));
        return shown.stream().limit(max).toList();
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    private static Optional<Integer> firstMention(String normalisedText, String normalisedName) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(normalisedName) + "(?![\\p{L}\\p{N}])").matcher(normalisedText);
        return matcher.find() ? Optional.of(matcher.start()) : Optional.empty();
    }

    private static <T> List<T> objects(Reader reader, Function<JsonObject, T> parse) {
        try (JsonReader json = Json.createReader(reader)) {
            return json.readArray().stream().map(JsonValue::asJsonObject).map(parse).toList();
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = MoleculeLibrary.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("Missing " + name + " next to " + MoleculeLibrary.class.getName());
        }
        return stream;
    }
}
