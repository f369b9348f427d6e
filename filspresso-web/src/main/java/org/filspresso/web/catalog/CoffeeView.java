package org.filspresso.web.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedSet;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.Coffee;

/** A coffee as the JSON API shows it. */
public record CoffeeView(
        String system,
        String slug,
        String name,
        String range,
        Integer intensity,
        String roast,
        String beans,
        boolean decaf,
        boolean flavoured,
        boolean organic,
        SortedSet<String> origins,
        SortedSet<String> notes,
        List<CupView> cupSizes,
        BigDecimal priceRon,
        int unitCount,
        BigDecimal pricePerCapsuleRon,
        String availability,
        String tastingNotes,
        String description,
        String page) {

    /** A cup size with its canonical volume; volumeMl is null for drinks such as cappuccino. */
    public record CupView(String size, String label, Integer volumeMl) {
    }

    public static CoffeeView of(Coffee coffee, CapsuleVolumes volumes) {
        List<CupView> cups = coffee.cupSizes().stream()
                .map(cup -> new CupView(cup.code(), cup.label(), volumes.volumeMl(coffee.system(), cup).stream().boxed().findFirst().orElse(null)))
                .toList();
        return new CoffeeView(coffee.system().code(), coffee.slug(), coffee.name(), coffee.range(), coffee.intensity(),
                coffee.roast().label(), coffee.beans(), coffee.decaf(), coffee.flavoured(), coffee.organic(),
                coffee.origins(), coffee.notes(), cups, coffee.priceRon(), coffee.unitCount(), coffee.pricePerCapsule(),
                coffee.availability().name().toLowerCase(java.util.Locale.ROOT), coffee.tastingNotes(), coffee.description(),
                CatalogLinks.coffeePage(coffee));
    }
}
