package org.filspresso.iot.command;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The OpenAPI examples are written by hand: each must be what the contract really reads and writes. */
class CommandDocumentationTest {

    @Test
    void theRequestExamplesAreAcceptedByTheParsers() {
        NewCommand create = CommandJson.parseCreate(CommandResource.CREATE_EXAMPLE);
        assertThat(create.recipe().capsuleVariant()).isEqualTo("lungo");
        assertThat(CommandJson.parseReport(CommandResource.REPORT_EXAMPLE).status()).isEqualTo(CommandStatus.COMPLETE);
    }

    @Test
    void theWorkExampleHasTheContractsFields() {
        JsonObject example = Json.createReader(new StringReader(CommandResource.WORK_EXAMPLE)).readObject();
        assertThat(example.keySet()).containsExactlyInAnyOrder("command_id", "recipe", "execute_allowed", "meta",
                "accessory_instructions", "created_at");
        assertThat(example.getJsonObject("recipe").keySet()).containsExactlyInAnyOrder("volume_ml", "temperature_c",
                "pre_infusion_ms", "capsule_type", "capsule_variant");
    }
}
