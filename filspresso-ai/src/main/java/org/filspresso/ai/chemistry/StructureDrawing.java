package org.filspresso.ai.chemistry;

import org.openscience.cdk.depict.Depiction;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IMolecularFormula;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.MolecularFormulaManipulator;

/**
 * What the Chemistry Development Kit reads from a SMILES string: the 2-D structure drawing (SVG),
 * the molecular formula (Hill order) and the average molar mass. Our data's formula and mass are
 * checked against these, so a mistyped SMILES cannot draw the wrong molecule unnoticed.
 */
public final class StructureDrawing {

    private StructureDrawing() {
    }

    /** An SVG drawing with coloured heteroatoms, sized for a chat bubble or a product page. */
    public static String svg(String smiles) {
        try {
            return new DepictionGenerator().withAtomColors().withSize(320, 240).withFillToFit()
                    .depict(parse(smiles)).toSvgStr(Depiction.UNITS_PX);
        } catch (CDKException e) {
            throw new IllegalArgumentException("Cannot draw " + smiles + ": " + e.getMessage(), e);
        }
    }

    public static String formula(String smiles) {
        return MolecularFormulaManipulator.getString(molecularFormula(smiles));
    }

    /** Average molar mass in g/mol (natural isotope abundances), hydrogens included. */
    public static double molarMass(String smiles) {
        return MolecularFormulaManipulator.getMass(molecularFormula(smiles), MolecularFormulaManipulator.MolWeight);
    }

    private static IMolecularFormula molecularFormula(String smiles) {
        return MolecularFormulaManipulator.getMolecularFormula(parse(smiles));
    }

    private static IAtomContainer parse(String smiles) {
        try {
            // A parser per call: SmilesParser keeps state between parses.
            return new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
        } catch (CDKException e) {
            throw new IllegalArgumentException("Not a valid SMILES string: " + smiles + " (" + e.getMessage() + ")", e);
        }
    }
}
