package org.filspresso.web.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import org.filspresso.catalog.CupSize;
import org.filspresso.catalog.Machine;

/** A machine or bundle as the JSON API shows it. */
public record MachineView(
        String system,
        String slug,
        String name,
        String category,
        String model,
        String maker,
        BigDecimal priceRon,
        int giftCapsules,
        Integer pumpPressureBar,
        int waterTankMl,
        int heatUpSeconds,
        Dimensions dimensionsMm,
        BigDecimal weightKg,
        String milkSystem,
        SortedSet<String> colours,
        List<String> cupSizes,
        List<String> bundleItems,
        String availability,
        String description,
        String page) {

    public record Dimensions(int width, int depth, int height) {
    }

    public static MachineView of(Machine m) {
        return new MachineView(m.system().code(), m.slug(), m.name(), m.category().code(), m.model(), m.maker(),
                m.priceRon(), m.giftCapsules(), m.pumpPressureBar(), m.waterTankMl(), m.heatUpSeconds(),
                new Dimensions(m.widthMm(), m.depthMm(), m.heightMm()), m.weightKg(),
                m.milkSystem().name().toLowerCase(Locale.ROOT), m.colours(),
                m.cupSizes().stream().map(CupSize::code).toList(), m.bundleItems(),
                m.availability().name().toLowerCase(Locale.ROOT), m.description(), CatalogLinks.machinePage(m));
    }
}
