package org.filspresso.iot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CapsuleVolume;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CupSize;
import org.filspresso.query.FieldError;
import org.junit.jupiter.api.Test;

class RecipeRulesTest {

    private final CapsuleVolumes volumes = new CapsuleVolumes(List.of(
            new CapsuleVolume(CapsuleSystem.ORIGINAL, CupSize.ESPRESSO, 40),
            new CapsuleVolume(CapsuleSystem.ORIGINAL, CupSize.LUNGO, 110),
            new CapsuleVolume(CapsuleSystem.VERTUO, CupSize.MUG, 230)));

    @Test
    void aSensibleLungoForAnOriginalMachinePasses() {
        assertThat(RecipeRules.problems(new Recipe(110, 92, 1500, "original", "lungo"), CapsuleSystem.ORIGINAL, volumes)).isEmpty();
        assertThat(RecipeRules.problems(new Recipe(50, 70, 0, "original", "espresso"), CapsuleSystem.ORIGINAL, volumes))
                .as("125 % of 40 ml and the lowest temperature").isEmpty();
    }

    @Test
    void theIssuesExampleIsRefusedFieldByField() {
        List<FieldError> problems = RecipeRules.problems(new Recipe(500, 150, -1, "vertuo", "mug"), CapsuleSystem.ORIGINAL, volumes);
        assertThat(problems).extracting(FieldError::field)
                .containsExactly("recipe.capsule_type", "recipe.capsule_variant", "recipe.temperature_c", "recipe.pre_infusion_ms");
        assertThat(RecipeRules.problems(new Recipe(500, 92, 0, "original", "lungo"), CapsuleSystem.ORIGINAL, volumes))
                .extracting(FieldError::field).containsExactly("recipe.volume_ml");
    }

    @Test
    void variantsAreReadAsTheSeedWroteThem() {
        assertThat(RecipeRules.cupSize("double_espresso")).contains(CupSize.DOUBLE_ESPRESSO);
        assertThat(RecipeRules.cupSize("gran-lungo")).contains(CupSize.GRAN_LUNGO);
        assertThat(RecipeRules.cupSize("frappuccino")).isEmpty();
    }
}
