package org.filspresso.ai.brew;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.filspresso.catalog.CapsuleSystem;

/**
 * The recipe JSON the model may write, as the IoT contract orders it, with the capsule type fixed
 * to the machine's system and the variant one of that system's cup sizes. Decoding keeps only
 * tokens after which the text is still a prefix of this grammar, so the model cannot produce
 * anything else: no other keys, no prose, no 3-digit temperature.
 */
public final class RecipeGrammar {

    private final Pattern recipe;

    public RecipeGrammar(CapsuleSystem system, Collection<String> variants) {
        String type = system.code();
        String choices = variants.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        recipe = Pattern.compile("\\{\"volume_ml\":([1-9]\\d{0,2}),\"temperature_c\":([1-9]\\d),\"pre_infusion_ms\":(0|[1-9]\\d{0,4}),"
                + "\"capsule_type\":\"(" + Pattern.quote(type) + ")\",\"capsule_variant\":\"(" + choices + ")\"}");
    }

    /** Whether some continuation of {@code text} is a whole recipe. */
    public boolean allowsPrefix(String text) {
        Matcher matcher = recipe.matcher(text);
        return matcher.matches() || matcher.hitEnd();
    }

    public boolean isComplete(String text) {
        return recipe.matcher(text).matches();
    }

    /** The recipe's values, when {@code text} is a whole recipe. */
    public Optional<ModelRecipe> read(String text) {
        Matcher matcher = recipe.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ModelRecipe(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)), matcher.group(5)));
    }

    /** What the model wrote: volume, temperature, pre-infusion and cup size (its capsule type is the grammar's). */
    public record ModelRecipe(int volumeMl, int temperatureC, int preInfusionMs, String variant) {
    }
}
