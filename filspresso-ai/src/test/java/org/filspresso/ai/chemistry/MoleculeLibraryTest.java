package org.filspresso.ai.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MoleculeLibraryTest {

    private static final MoleculeLibrary LIBRARY = MoleculeLibrary.shipped();

    @Test
    void everyFormulaAndMolarMassIsWhatCdkReadsFromTheSmiles() {
        assertThat(LIBRARY.all()).hasSizeGreaterThanOrEqualTo(22);
        for (Molecule molecule : LIBRARY.all()) {
            assertThat(StructureDrawing.formula(molecule.smiles())).as(molecule.name() + " formula").isEqualTo(molecule.formula());
            assertThat(StructureDrawing.molarMass(molecule.smiles())).as(molecule.name() + " molar mass")
                    .isCloseTo(molecule.molarMass(), within(0.05));
        }
    }

    @Test
    void caffeineIsC8H10N4O2AndItsDrawingShowsItsNitrogens() {
        Molecule caffeine = LIBRARY.find("caffeine").orElseThrow();

        assertThat(caffeine.formula()).isEqualTo("C8H10N4O2");
        assertThat(caffeine.molarMass()).isCloseTo(194.19, within(0.01));
        String svg = StructureDrawing.svg(caffeine.smiles());
        assertThat(svg).contains("<svg").contains("</svg>").contains("width='320.0px'");
        assertThat(count(svg, "class='bond'")).as("14 heavy atoms in two fused rings: 15 bonds").isEqualTo(15);
        assertThat(count(svg, "class='atom'")).as("labels for the 4 nitrogens and 2 oxygens; carbons are corners").isEqualTo(6);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aMistypedSmilesIsRefusedNotDrawnAsSomethingElse() {
        assertThatThrownBy(() -> StructureDrawing.formula("C1CC(")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMILES");
    }

    @Test
    void moleculesAreFoundByAnyNameAPersonUses() {
        assertThat(LIBRARY.find("Caffeine")).map(Molecule::name).contains("caffeine");
        assertThat(LIBRARY.find("theine")).map(Molecule::name).contains("caffeine");
        assertThat(LIBRARY.find("chlorogenic acid")).map(Molecule::name).contains("chlorogenic-acid");
        assertThat(LIBRARY.find("unobtainium")).isEmpty();
    }

    @Test
    void aQuestionNamesItsMoleculesAndProcessesInOrder() {
        String question = "Why does the Maillard reaction make coffee brown, and does it destroy trigonelline or caffeine?";

        assertThat(LIBRARY.mentionedIn(question)).extracting(Molecule::name).containsExactly("trigonelline", "caffeine");
        assertThat(LIBRARY.processesMentionedIn(question)).extracting(ChemicalProcess::name).containsExactly("maillard");
        assertThat(LIBRARY.processesMentionedIn("What is caramelization?")).extracting(ChemicalProcess::name)
                .containsExactly("caramelisation");
    }

    @Test
    void anAnswerShowsTheQuestionsMoleculesThenItsProcessesThenTheAnswers() {
        assertThat(LIBRARY.toShow("What does the Maillard reaction make?", "Melanoidins and pyrazines.", 4)).extracting(Molecule::name)
                .containsExactly("glucose", "sucrose", "asparagine", "leucine");
        assertThat(LIBRARY.toShow("Is there more caffeine in a lungo?", "Caffeine and trigonelline dissolve quickly.", 4))
                .extracting(Molecule::name).containsExactly("caffeine", "trigonelline");
        assertThat(LIBRARY.toShow("How long should a lungo take?", "About 25 seconds.", 4)).isEmpty();
    }

    @Test
    void everyProcessNamesMoleculesOfTheLibrary() {
        for (ChemicalProcess process : LIBRARY.processes()) {
            assertThat(LIBRARY.involvedIn(process)).as(process.name()).isNotEmpty().doesNotContainNull();
        }
        assertThat(LIBRARY.process("Maillard reaction")).isPresent();
    }

    @Test
    void dataNamingAnUnknownMoleculeIsRejectedWhenRead() {
        String molecules = "[]";
        String processes = "[{\"name\": \"maillard\", \"display_name\": \"Maillard reaction\", \"summary\": \"…\", \"molecules\": [\"kryptonite\"]}]";

        assertThatThrownBy(() -> MoleculeLibrary.read(new StringReader(molecules), new StringReader(processes)))
                .hasMessageContaining("kryptonite");
    }
}
