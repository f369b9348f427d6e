package org.filspresso.ai.chemistry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The shipped molecule library, and each molecule's drawing made once and kept. */
@ApplicationScoped
public class ChemistryService {

    private final MoleculeLibrary library = MoleculeLibrary.shipped();
    private final Map<String, String> drawings = new ConcurrentHashMap<>();

    public MoleculeLibrary library() {
        return library;
    }

    public Optional<Molecule> molecule(String anyName) {
        return library.find(anyName);
    }

    public List<Molecule> molecules() {
        return library.all();
    }

    public String drawing(Molecule molecule) {
        return drawings.computeIfAbsent(molecule.name(), name -> StructureDrawing.svg(molecule.smiles()));
    }
}
