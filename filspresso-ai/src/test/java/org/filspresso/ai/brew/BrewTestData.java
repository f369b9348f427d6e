package org.filspresso.ai.brew;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CapsuleVolume;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CupSize;

/** The canonical volumes (seed data) and a few capsules of each system, as the catalog lists them. */
public final class BrewTestData {

    public static final CapsuleVolumes VOLUMES = new CapsuleVolumes(List.of(
            new CapsuleVolume(CapsuleSystem.ORIGINAL, CupSize.RISTRETTO, 25),
            new CapsuleVolume(CapsuleSystem.ORIGINAL, CupSize.ESPRESSO, 40),
            new CapsuleVolume(CapsuleSystem.ORIGINAL, CupSize.LUNGO, 110),
            new CapsuleVolume(CapsuleSystem.VERTUO, CupSize.ESPRESSO, 40),
            new CapsuleVolume(CapsuleSystem.VERTUO, CupSize.DOUBLE_ESPRESSO, 80),
            new CapsuleVolume(CapsuleSystem.VERTUO, CupSize.GRAN_LUNGO, 150),
            new CapsuleVolume(CapsuleSystem.VERTUO, CupSize.MUG, 230),
            new CapsuleVolume(CapsuleSystem.VERTUO, CupSize.ALTO, 414)));

    static final List<CapsuleOption> ORIGINAL = List.of(
            capsule(1, CapsuleSystem.ORIGINAL, "kazaar", "Kazaar", 12, false, Set.of(CupSize.RISTRETTO, CupSize.ESPRESSO)),
            capsule(2, CapsuleSystem.ORIGINAL, "volluto", "Volluto", 4, false, Set.of(CupSize.ESPRESSO)),
            capsule(3, CapsuleSystem.ORIGINAL, "arpeggio", "Arpeggio", 9, false, Set.of(CupSize.ESPRESSO, CupSize.RISTRETTO)),
            capsule(4, CapsuleSystem.ORIGINAL, "arpeggio-decaffeinato", "Arpeggio Decaffeinato", 9, true,
                    Set.of(CupSize.ESPRESSO, CupSize.RISTRETTO)),
            capsule(5, CapsuleSystem.ORIGINAL, "vivalto-lungo", "Vivalto Lungo", 4, false, Set.of(CupSize.LUNGO)),
            capsule(6, CapsuleSystem.ORIGINAL, "fortissio-lungo", "Fortissio Lungo", 8, false, Set.of(CupSize.LUNGO)));

    static final List<CapsuleOption> VERTUO = List.of(
            capsule(11, CapsuleSystem.VERTUO, "stormio", "Stormio", 8, false, Set.of(CupSize.GRAN_LUNGO, CupSize.MUG)),
            capsule(12, CapsuleSystem.VERTUO, "half-caffeinato", "Half Caffeinato", 5, false, Set.of(CupSize.MUG)),
            capsule(13, CapsuleSystem.VERTUO, "decaffeinato-intenso", "Decaffeinato Intenso", 7, true, Set.of(CupSize.MUG)),
            capsule(14, CapsuleSystem.VERTUO, "diavolitto", "Diavolitto", 11, false, Set.of(CupSize.ESPRESSO)),
            capsule(15, CapsuleSystem.VERTUO, "double-espresso-scuro", "Double Espresso Scuro", 11, false, Set.of(CupSize.DOUBLE_ESPRESSO)),
            capsule(16, CapsuleSystem.VERTUO, "altissio", "Altissio", 9, false, Set.of(CupSize.ESPRESSO)),
            capsule(17, CapsuleSystem.VERTUO, "carafe-pour-over", "Carafe Pour-Over Style", 5, false, Set.of(CupSize.ALTO)));

    static CapsuleOption capsule(long id, CapsuleSystem system, String slug, String name, int intensity, boolean decaf, Set<CupSize> sizes) {
        return new CapsuleOption(id, system, slug, name, intensity, decaf, sizes, 0, OptionalInt.empty());
    }

    static List<CapsuleOption> of(CapsuleSystem system) {
        return system == CapsuleSystem.ORIGINAL ? ORIGINAL : VERTUO;
    }

    private BrewTestData() {
    }
}
