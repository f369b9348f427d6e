package org.filspresso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidQueryException;
import org.junit.jupiter.api.Test;

class CoffeeQueryTest {

    private final Coffee ristretto = coffee(CapsuleSystem.ORIGINAL, "ristretto", "Ristretto", 10, "42.50")
            .withCupSizes(EnumSet.of(CupSize.RISTRETTO, CupSize.ESPRESSO)).withOrigins(Set.of("Brazil", "India"))
            .withNotes(Set.of("roasted", "cocoa")).withDescription("Espresso", "Dark cocoa and roasted cereals.", "A short, intense cup.");
    private final Coffee kazaar = coffee(CapsuleSystem.ORIGINAL, "kazaar", "Kazaar", 12, "45.00")
            .withCupSizes(EnumSet.of(CupSize.RISTRETTO)).withOrigins(Set.of("Brazil", "Guatemala"))
            .withNotes(Set.of("intense", "peppery")).withDescription("Espresso", "Bold and peppery.", "Robusta-rich blend.");
    private final Coffee decaf = coffee(CapsuleSystem.ORIGINAL, "volluto-decaffeinato", "Volluto Decaffeinato", 4, "45.00")
            .withCupSizes(EnumSet.of(CupSize.ESPRESSO)).withOrigins(Set.of("Brazil", "Colombia"))
            .withNotes(Set.of("biscuit", "sweet")).withDescription("Espresso", "Sweet biscuit notes.", "Decaffeinated Volluto.")
            .withFlags(true, 30);
    private final Coffee melozio = coffee(CapsuleSystem.VERTUO, "melozio", "Melozio", 6, "55.00")
            .withCupSizes(EnumSet.of(CupSize.MUG)).withOrigins(Set.of("Brazil", "Colombia"))
            .withNotes(Set.of("honey", "cereal")).withDescription("Mug", "Honeyed cereal notes.", "A smooth mug of Latin American Arabica.");
    private final Coffee coldBrew = coffee(CapsuleSystem.VERTUO, "cold-brew", "Cold Brew Style", null, "60.00")
            .withCupSizes(EnumSet.of(CupSize.COLD_BREW)).withOrigins(Set.of("Ethiopia")).withNotes(Set.of("fruity"))
            .withDescription("Craft Brew", "Fruity and refreshing.", "Ready for ice. Épices délicates.");
    private final List<Coffee> catalog = List.of(ristretto, kazaar, decaf, melozio, coldBrew);

    @Test
    void withoutFiltersEveryCoffeeIsListedByName() {
        assertThat(CoffeeQuery.all().apply(catalog)).containsExactly(coldBrew, kazaar, melozio, ristretto, decaf);
    }

    @Test
    void intensityRangeKeepsOnlyCoffeesInsideItAndDropsUnratedOnes() {
        List<Coffee> found = CoffeeQuery.parse(Map.of("intensityMin", List.of("10"), "intensityMax", List.of("12"))).apply(catalog);

        assertThat(found).containsExactlyInAnyOrder(ristretto, kazaar);
        assertThat(found).allSatisfy(c -> assertThat(c.intensity()).isBetween(10, 12));
    }

    @Test
    void systemCupSizeOriginDecafAndPriceCombine() {
        assertThat(parse("system", "vertuo").apply(catalog)).containsExactlyInAnyOrder(melozio, coldBrew);
        assertThat(parse("cupSize", "ristretto").apply(catalog)).containsExactlyInAnyOrder(ristretto, kazaar);
        assertThat(parse("cupSize", "cold-brew").apply(catalog)).containsExactly(coldBrew);
        assertThat(parse("origin", "guatemala").apply(catalog)).containsExactly(kazaar);
        assertThat(parse("decaf", "true").apply(catalog)).containsExactly(decaf);
        assertThat(parse("decaf", "false").apply(catalog)).doesNotContain(decaf).hasSize(4);
        assertThat(CoffeeQuery.parse(Map.of("priceMin", List.of("45"), "priceMax", List.of("55"))).apply(catalog))
                .containsExactlyInAnyOrder(kazaar, decaf, melozio);
        assertThat(CoffeeQuery.parse(Map.of("system", List.of("original"), "priceMax", List.of("44.99"))).apply(catalog))
                .containsExactly(ristretto);
    }

    @Test
    void textSearchNeedsEveryWordAndIgnoresCaseAndAccents() {
        assertThat(parse("q", "COCOA roasted").apply(catalog)).containsExactly(ristretto);
        assertThat(parse("q", "epices").apply(catalog)).containsExactly(coldBrew);
        assertThat(parse("q", "honey guatemala").apply(catalog)).isEmpty();
        assertThat(parse("q", "colombia").apply(catalog)).containsExactlyInAnyOrder(decaf, melozio);
    }

    @Test
    void sortsByPriceAndIntensityWithStableTies() {
        assertThat(parse("sort", "price").apply(catalog)).containsExactly(ristretto, kazaar, decaf, melozio, coldBrew);
        assertThat(parse("sort", "intensity_desc").apply(catalog)).containsExactly(kazaar, ristretto, melozio, decaf, coldBrew);
    }

    @Test
    void rejectsOutOfRangeAndMalformedValuesNamingEachField() {
        assertThatThrownBy(() -> CoffeeQuery.parse(Map.of(
                "intensityMin", List.of("0"),
                "intensityMax", List.of("abc"),
                "system", List.of("nespresso"),
                "priceMax", List.of("-3"),
                "decaf", List.of("maybe"))))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("intensityMin", "intensityMax", "system", "priceMax", "decaf"));
    }

    @Test
    void rejectsAMinimumAboveItsMaximum() {
        assertThatThrownBy(() -> CoffeeQuery.parse(Map.of("intensityMin", List.of("9"), "intensityMax", List.of("5"))))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("intensityMin", "must not be above the highest intensity (5)")));
        assertThatThrownBy(() -> CoffeeQuery.parse(Map.of("priceMin", List.of("90"), "priceMax", List.of("10"))))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("priceMin");
    }

    @Test
    void rejectsUnknownParametersSoThatTyposAreNotSilentlyIgnored() {
        assertThatThrownBy(() -> parse("intensity_min", "5"))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("intensity_min"));
    }

    @Test
    void blankValuesMeanNoFilterButRepeatedValuesAreRejected() {
        assertThat(CoffeeQuery.parse(Map.of("intensityMin", List.of(" "), "system", List.of(""))).apply(catalog)).hasSize(5);
        assertThatThrownBy(() -> CoffeeQuery.parse(Map.of("system", List.of("original", "vertuo"))))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("system: must be given once");
    }

    private static CoffeeQuery parse(String name, String value) {
        return CoffeeQuery.parse(Map.of(name, List.of(value)));
    }

    private static Coffee coffee(CapsuleSystem system, String slug, String name, Integer intensity, String price) {
        return new Coffee(system, slug, name, intensity, new BigDecimal(price), 10);
    }
}
