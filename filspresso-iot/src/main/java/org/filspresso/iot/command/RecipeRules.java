package org.filspresso.iot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CupSize;
import org.filspresso.query.FieldError;

/**
 * What a recipe may ask of a machine. Values outside these ranges are refused, never clamped:
 * a machine should not quietly brew something else than what was asked.
 * <ul>
 * <li>capsule_type: the machine's capsule system ("original" or "vertuo");</li>
 * <li>capsule_variant: a cup size with a canonical volume in that system ("lungo", "double_espresso");</li>
 * <li>volume_ml: 5 ml to 125 % of the variant's canonical volume (a 40 ml espresso up to 50 ml);</li>
 * <li>temperature_c: 70 to 96 °C (espresso machines brew at about 86–94 °C);</li>
 * <li>pre_infusion_ms: 0 to 10 000 ms.</li>
 * </ul>
 */
public final class RecipeRules {

    public static final int MIN_VOLUME_ML = 5;
    public static final int MIN_TEMPERATURE_C = 70;
    public static final int MAX_TEMPERATURE_C = 96;
    public static final int MAX_PRE_INFUSION_MS = 10_000;

    private RecipeRules() {
    }

    public static List<FieldError> problems(Recipe recipe, CapsuleSystem machineSystem, CapsuleVolumes volumes) {
        List<FieldError> errors = new ArrayList<>();
        String machineType = machineSystem.name().toLowerCase(Locale.ROOT);
        if (!machineType.equals(recipe.capsuleType())) {
            errors.add(new FieldError("recipe.capsule_type", "This machine takes " + machineType + " capsules, not "
                    + recipe.capsuleType() + "."));
        }
        Optional<CupSize> variant = cupSize(recipe.capsuleVariant());
        OptionalInt canonical = variant.map(size -> volumes.volumeMl(machineSystem, size)).orElse(OptionalInt.empty());
        if (canonical.isEmpty()) {
            errors.add(new FieldError("recipe.capsule_variant", "Unknown capsule variant " + recipe.capsuleVariant() + " for "
                    + machineType + " machines."));
        } else {
            int max = canonical.getAsInt() * 5 / 4;
            if (recipe.volumeMl() < MIN_VOLUME_ML || recipe.volumeMl() > max) {
                errors.add(new FieldError("recipe.volume_ml", "A " + recipe.capsuleVariant() + " is " + MIN_VOLUME_ML + " to " + max
                        + " ml (canonical " + canonical.getAsInt() + " ml)."));
            }
        }
        if (recipe.temperatureC() < MIN_TEMPERATURE_C || recipe.temperatureC() > MAX_TEMPERATURE_C) {
            errors.add(new FieldError("recipe.temperature_c", "The temperature must be " + MIN_TEMPERATURE_C + " to " + MAX_TEMPERATURE_C + " °C."));
        }
        if (recipe.preInfusionMs() < 0 || recipe.preInfusionMs() > MAX_PRE_INFUSION_MS) {
            errors.add(new FieldError("recipe.pre_infusion_ms", "Pre-infusion must be 0 to " + MAX_PRE_INFUSION_MS + " ms."));
        }
        return errors;
    }

    static Optional<CupSize> cupSize(String variant) {
        if (variant == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CupSize.valueOf(variant.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
