package org.filspresso.ai.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelRouterTest {

    /** Installed models and their held-out perplexity: bigger is better, as after full training. */
    private static final Map<String, Double> ALL = Map.of("tanka", 10.0, "villanelle", 8.0, "ode", 7.0);

    /** Requests a person would send, with the model a barista would pick for them. */
    private static final Map<String, String> LABELLED = Map.ofEntries(
            Map.entry("What is a lungo?", "tanka"),
            Map.entry("How many ml is a ristretto?", "tanka"),
            Map.entry("Is Kazaar decaf?", "tanka"),
            Map.entry("Which capsules fit an Essenza Mini?", "tanka"),
            Map.entry("Recommend a mild coffee for the morning", "tanka"),
            Map.entry("Why does a finer grind make espresso more bitter?", "villanelle"),
            Map.entry("Explain what pre-infusion does to the puck", "villanelle"),
            Map.entry("Compare a lungo with an americano", "villanelle"),
            Map.entry("I like fruity coffees with a light body, I drink them black in the afternoon and I own a Vertuo"
                    + " Next machine; which three capsules from your range would you suggest and what cup size?", "villanelle"),
            Map.entry("Why is my espresso sour? And how does water temperature change extraction?", "ode"),
            Map.entry("Explain the chemistry of the Maillard reaction, why it differs from caramelisation, and compare"
                    + " what each one contributes to the aroma of a dark roast", "ode"),
            Map.entry("What happens to chlorogenic acids during roasting and why does that change bitterness? Which"
                    + " molecules cause the roasty notes?", "ode"));

    @Test
    void routesLabelledRequestsToTheModelABaristaWouldPick() {
        long right = LABELLED.entrySet().stream()
                .filter(e -> ModelRouter.choose("auto", e.getKey(), 0, ALL).orElseThrow().equals(e.getValue()))
                .count();
        assertThat(right).as("labelled requests routed as expected").isEqualTo(LABELLED.size());
    }

    @Test
    void aLongConversationNeedsABiggerModel() {
        assertThat(ModelRouter.choose("auto", "And the next one?", 0, ALL)).contains("tanka");
        assertThat(ModelRouter.choose("auto", "And the next one?", 2, ALL)).contains("villanelle");
        assertThat(ModelRouter.choose("auto", "And the next one?", 6, ALL)).contains("ode");
    }

    @Test
    void anExplicitModelWinsAndAMissingOneIsNotReplacedSilently() {
        assertThat(ModelRouter.choose("ode", "What is a lungo?", 0, ALL)).contains("ode");
        assertThat(ModelRouter.choose("ode", "What is a lungo?", 0, Map.of("tanka", 10.0))).isEmpty();
    }

    @Test
    void autoFallsBackToTheLargestInstalledModelBelowItsChoice() {
        String hard = "Why is my espresso sour? And how does water temperature change extraction?";
        assertThat(ModelRouter.choose("auto", hard, 0, Map.of("tanka", 10.0, "villanelle", 8.0))).contains("villanelle");
        assertThat(ModelRouter.choose("auto", hard, 0, Map.of("tanka", 10.0))).contains("tanka");
        assertThat(ModelRouter.choose("auto", "What is a lungo?", 0, Map.of("ode", 7.0))).contains("ode");
        assertThat(ModelRouter.choose("auto", "What is a lungo?", 0, Map.of())).isEmpty();
    }

    @Test
    void aBiggerModelThatTrainedLessThanASmallerOneDoesNotTakeItsQuestions() {
        String hard = "Why is my espresso sour? And how does water temperature change extraction?";
        String medium = "Explain what pre-infusion does to the puck";
        Map<String, Double> undertrained = Map.of("tanka", 10.0, "villanelle", 25.0, "ode", 9.0);

        assertThat(ModelRouter.choose("auto", hard, 0, undertrained)).contains("ode");
        assertThat(ModelRouter.choose("auto", medium, 0, undertrained)).contains("tanka");
        assertThat(ModelRouter.choose("villanelle", medium, 0, undertrained)).as("asked for by name").contains("villanelle");
        assertThat(ModelRouter.choose("auto", medium, 0, Map.of("tanka", 10.0, "villanelle", Double.NaN)))
                .as("no figure to compare: the bigger one").contains("villanelle");
    }
}
