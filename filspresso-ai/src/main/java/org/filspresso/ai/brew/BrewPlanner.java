package org.filspresso.ai.brew;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.filspresso.ai.brew.RecipeGrammar.ModelRecipe;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CupSize;
import org.filspresso.iot.command.RecipeRules;

/**
 * Turns a request into a recipe for one machine, or into a reason not to. What the person stated
 * is checked and, when impossible or unsafe, refused with the reason (a 500 ml ristretto, 150 °C, a
 * Vertuo recipe for an Original machine); what the model filled in (cup size, temperature,
 * pre-infusion) is clamped into the machine's limits with a note the person sees. A volume not
 * stated is the cup's canonical one.
 */
public final class BrewPlanner {

    /** Temperature and pre-infusion when no model is installed to suggest them. */
    static final int DEFAULT_TEMPERATURE_C = 92;
    static final int DEFAULT_PRE_INFUSION_MS = 1000;

    private BrewPlanner() {
    }

    public sealed interface Outcome permits Plan, NoCommand, Refusal {
    }

    /** A recipe valid for the machine, the capsule for it and what the person should know. */
    public record Plan(int volumeMl, int temperatureC, int preInfusionMs, CapsuleSystem system, CupSize cup,
                       Optional<CapsuleChooser.Choice> capsule, List<String> notes, boolean fromModel) implements Outcome {
    }

    public record NoCommand(String reason) implements Outcome {
    }

    /** Refused: {@code field} is the recipe field the request cannot have. */
    public record Refusal(String field, String reason) implements Outcome {
    }

    /**
     * @param model writes a recipe under the grammar it is given (empty when no model is installed)
     */
    public static Outcome plan(String text, BrewWishes wishes, CapsuleSystem machine, CapsuleVolumes volumes,
                               Function<RecipeGrammar, Optional<ModelRecipe>> model, List<CapsuleOption> capsules) {
        if (!wishes.isBrewRequest()) {
            return new NoCommand(wishes.notBrewing().orElseThrow());
        }
        String machineName = machine.label();
        if (wishes.system().isPresent() && wishes.system().get() != machine) {
            return new Refusal("recipe.capsule_type", "Your machine takes " + machineName + " capsules; a "
                    + wishes.system().get().label() + " recipe cannot run on it.");
        }
        List<CupSize> sizes = Arrays.stream(CupSize.values()).filter(size -> volumes.volumeMl(machine, size).isPresent()).toList();
        List<String> notes = new ArrayList<>();
        Optional<CupSize> statedCup = wishes.cupSize();
        if (statedCup.isEmpty() && wishes.milkDrink()) {
            statedCup = Optional.of(CupSize.ESPRESSO);
            notes.add("The accessory brews the coffee: an espresso for your milk drink; add the milk yourself.");
        }
        if (statedCup.isPresent() && !sizes.contains(statedCup.get())) {
            return new Refusal("recipe.capsule_variant", machineName + " machines make " + names(sizes) + "; not a "
                    + statedCup.get().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (wishes.temperatureC().isPresent()) {
            int asked = wishes.temperatureC().getAsInt();
            if (asked < RecipeRules.MIN_TEMPERATURE_C || asked > RecipeRules.MAX_TEMPERATURE_C) {
                return new Refusal("recipe.temperature_c", asked + " °C is outside what a machine may brew at ("
                        + RecipeRules.MIN_TEMPERATURE_C + " to " + RecipeRules.MAX_TEMPERATURE_C + " °C).");
            }
        }

        List<String> variants = statedCup.map(cup -> List.of(cup.code())).orElse(sizes.stream().map(CupSize::code).toList());
        Optional<ModelRecipe> drafted = model.apply(new RecipeGrammar(machine, variants));
        CupSize cup = statedCup.or(() -> drafted.map(recipe -> CupSize.valueOf(recipe.variant().toUpperCase(Locale.ROOT))))
                .orElse(CupSize.ESPRESSO);
        int canonical = volumes.volumeMl(machine, cup).orElseThrow();
        int largest = canonical * 5 / 4;

        int volume;
        if (wishes.volumeMl().isPresent()) {
            volume = wishes.volumeMl().getAsInt();
            if (volume < RecipeRules.MIN_VOLUME_ML || volume > largest) {
                return new Refusal("recipe.volume_ml", "A " + cup.label().toLowerCase(Locale.ROOT) + " is " + RecipeRules.MIN_VOLUME_ML + " to "
                        + largest + " ml on " + machineName + " machines (canonical " + canonical + " ml); " + volume
                        + " ml cannot come from one capsule.");
            }
        } else {
            // The cup's canonical volume: the model writes the volume before it names the cup, so its
            // number is no better informed than the canonical table.
            volume = canonical;
        }
        int temperature = wishes.temperatureC().orElse(clamp(drafted.map(ModelRecipe::temperatureC).orElse(DEFAULT_TEMPERATURE_C),
                RecipeRules.MIN_TEMPERATURE_C, RecipeRules.MAX_TEMPERATURE_C, "temperature", " °C", notes));
        if (machine == CapsuleSystem.ORIGINAL && wishes.temperatureC().isPresent()) {
            notes.add("An Original machine heats to its own temperature; " + temperature + " °C is recorded with the brew.");
        }
        int preInfusion = clamp(wishes.preInfusionMs().orElse(drafted.map(ModelRecipe::preInfusionMs).orElse(DEFAULT_PRE_INFUSION_MS)),
                0, RecipeRules.MAX_PRE_INFUSION_MS, "pre-infusion", " ms", notes);

        Optional<CapsuleChooser.Choice> capsule = CapsuleChooser.choose(text, wishes, cup, capsules);
        if (capsule.isEmpty()) {
            notes.add("No " + (wishes.decaf() ? "decaf " : "") + machineName + " capsule of ours is made for a "
                    + cup.label().toLowerCase(Locale.ROOT) + "; use one of your own.");
        } else if (wishes.decaf() && !capsule.get().capsule().decaf()) {
            notes.add(capsule.get().capsule().name() + " is not decaf.");
        } else if (!capsule.get().capsule().cupSizes().contains(cup)) {
            notes.add(capsule.get().capsule().name() + " is not made for a " + cup.label().toLowerCase(Locale.ROOT) + ".");
        }
        return new Plan(volume, temperature, preInfusion, machine, cup, capsule, notes, drafted.isPresent());
    }

    private static int clamp(int value, int low, int high, String what, String unit, List<String> notes) {
        int clamped = Math.max(low, Math.min(high, value));
        if (clamped != value) {
            notes.add("The " + what + " of " + value + unit + " is outside " + low + " to " + high + unit + "; set to " + clamped + unit + ".");
        }
        return clamped;
    }

    private static String names(List<CupSize> sizes) {
        return sizes.stream().map(size -> size.label().toLowerCase(Locale.ROOT)).reduce((a, b) -> a + ", " + b).orElse("nothing");
    }
}
