package org.filspresso.iot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.junit.jupiter.api.Test;

class CommandJsonTest {

    @Test
    void theSeedsCreateBodyIsRead() {
        NewCommand command = CommandJson.parseCreate("""
                {"machine_id": 7, "recipe": {"volume_ml": 110, "temperature_c": 92, "pre_infusion_ms": 1500,
                 "capsule_type": "Original", "capsule_variant": "lungo"},
                 "execute_allowed": false, "meta": {"source": "test"}, "accessory_instructions": {"slot": 2}}
                """);
        assertThat(command.machineId()).isEqualTo(7);
        assertThat(command.recipe().capsuleType()).isEqualTo("original");
        assertThat(command.executeAllowed()).isFalse();
        assertThat(command.metaJson()).isEqualTo("{\"source\":\"test\"}");
        assertThat(command.accessoryInstructionsJson()).isEqualTo("{\"slot\":2}");
    }

    @Test
    void everyWrongFieldIsNamed() {
        assertThatThrownBy(() -> CommandJson.parseCreate("""
                {"machine_id": "seven", "recipe": {"volume_ml": 1e30, "temperature_c": 92.5, "capsule_type": ""},
                 "execute_allowed": "yes", "meta": []}
                """))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("machine_id", "recipe.volume_ml", "recipe.temperature_c", "recipe.pre_infusion_ms",
                                "recipe.capsule_type", "recipe.capsule_variant", "execute_allowed", "meta"));
    }

    @Test
    void bodiesThatAreNotJsonObjectsAreRefused() {
        for (String body : new String[] {"", "   ", "not json", "[1,2]", "{\"machine_id\": 1"}) {
            assertThatThrownBy(() -> CommandJson.parseCreate(body)).as(body).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field).containsExactly("body"));
        }
    }

    @Test
    void reportsCarryOneOfThreeStatuses() {
        assertThat(CommandJson.parseReport("{\"status\":\"complete\",\"meta\":{\"actual_volume_ml\":108}}").status())
                .isEqualTo(CommandStatus.COMPLETE);
        assertThatThrownBy(() -> CommandJson.parseReport("{\"status\":\"exploded\"}")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("status");
    }
}
