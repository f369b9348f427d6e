package org.filspresso.ai.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.filspresso.ai.brew.BrewTestData;
import org.filspresso.catalog.CapsuleSystem;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private static final List<Candidate> CATALOG = SeedCatalog.coffees();
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final LocalTime NIGHT = LocalTime.of(21, 30);

    private static Taste taste(Set<CapsuleSystem> systems, Set<String> notes, Map<Long, Integer> purchases, String asked, LocalTime time) {
        return new Taste(systems, null, null, notes, false, purchases, TasteWords.requests(asked), time);
    }

    @Test
    void neverProposesACapsuleTheirMachineCannotTake() {
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            CapsuleSystem system = random.nextBoolean() ? CapsuleSystem.ORIGINAL : CapsuleSystem.VERTUO;
            Map<Long, Integer> bought = Map.of((long) 1 + random.nextInt(CATALOG.size()), 1 + random.nextInt(4));
            Taste taste = taste(Set.of(system), Set.of("fruity"), bought, random.nextBoolean() ? "strong" : "",
                    LocalTime.of(random.nextInt(24), 0));

            assertThat(Recommender.recommend(CATALOG, taste, 5)).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.coffee().system()).isEqualTo(system));
        }
    }

    @Test
    void lateInTheEveningNothingHighInCaffeineUnlessAskedAndDecafFirst() {
        Taste evening = taste(Set.of(CapsuleSystem.ORIGINAL), Set.of(), Map.of(), "", NIGHT);

        List<Recommender.Recommendation> picks = Recommender.recommend(CATALOG, evening, 5);
        assertThat(picks).noneMatch(r -> r.coffee().highCaffeine());
        assertThat(picks.get(0).coffee().decaf()).isTrue();
        assertThat(picks.get(0).why()).contains("Decaf, for the evening.");

        Taste askedForStrength = taste(Set.of(CapsuleSystem.ORIGINAL), Set.of(), Map.of(), "something strong please", NIGHT);
        assertThat(Recommender.recommend(CATALOG, askedForStrength, 5)).anyMatch(r -> r.coffee().highCaffeine());
    }

    @Test
    void statedNotesAndStrengthLeadAndEveryPickSaysWhy() {
        Taste fruity = taste(Set.of(CapsuleSystem.VERTUO), TasteWords.notes("something fruity with berries"), Map.of(), "", MORNING);

        List<Recommender.Recommendation> picks = Recommender.recommend(CATALOG, fruity, 5);
        assertThat(picks).hasSize(5).allSatisfy(r -> assertThat(r.coffee().notes()).containsAnyOf("fruity", "berry"));
        assertThat(picks).allSatisfy(r -> assertThat(r.why()).isNotEmpty());

        Taste strong = taste(Set.of(CapsuleSystem.ORIGINAL), Set.of(), Map.of(), "I want a strong one", MORNING);
        assertThat(Recommender.recommend(CATALOG, strong, 3)).allSatisfy(r -> assertThat(r.coffee().intensity()).isGreaterThanOrEqualTo(10));
    }

    @Test
    void aFavouriteComesBackUnlessTheyAskForSomethingNew() {
        Candidate favourite = CATALOG.stream().filter(c -> c.system() == CapsuleSystem.ORIGINAL).findFirst().orElseThrow();
        Map<Long, Integer> bought = Map.of(favourite.id(), 5);

        assertThat(Recommender.recommend(CATALOG, taste(Set.of(CapsuleSystem.ORIGINAL), Set.of(), bought, "", MORNING), 5))
                .first().satisfies(r -> {
                    assertThat(r.coffee()).isEqualTo(favourite);
                    assertThat(r.why()).contains("You have ordered it 5 times.");
                });
        assertThat(Recommender.recommend(CATALOG, taste(Set.of(CapsuleSystem.ORIGINAL), Set.of(), bought, "something new", MORNING), 5))
                .noneMatch(r -> r.coffee().equals(favourite))
                .anyMatch(r -> r.why().stream().anyMatch(reason -> reason.contains("notes are what you like")));
    }

    @Test
    void eachPickComesWithARecipeForItsCupAndAPairing() {
        Candidate dark = CATALOG.stream().filter(c -> "dark".equals(c.roast()) && c.notes().contains("cocoa")).findFirst().orElseThrow();

        Serving serving = Serving.of(dark, BrewTestData.VOLUMES).orElseThrow();

        assertThat(dark.cupSizes()).contains(serving.cup());
        assertThat(serving.temperatureC()).isEqualTo(89);
        assertThat(serving.volumeMl()).isPositive();
        assertThat(serving.pairing()).isNotBlank();
    }
}
