package org.filspresso.iot.command;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.filspresso.query.JsonBody;

/**
 * The contract's JSON, read and written by hand with JSON-P so that every wrong field is named
 * in the answer (a binding library would stop at the first and word it for programmers).
 */
public final class CommandJson {

    private CommandJson() {
    }

    public static NewCommand parseCreate(String body) {
        JsonObject json = JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        long machineId = 0;
        JsonValue machine = json.get("machine_id");
        if (machine instanceof JsonNumber number && number.isIntegral() && number.bigIntegerValue().bitLength() < 63
                && number.longValue() > 0) {
            machineId = number.longValue();
        } else {
            errors.add(new FieldError("machine_id", "machine_id is required: the number of a paired machine."));
        }
        Recipe recipe = null;
        if (json.get("recipe") instanceof JsonObject r) {
            int volume = integer(r, "volume_ml", "recipe.volume_ml", errors);
            int temperature = integer(r, "temperature_c", "recipe.temperature_c", errors);
            int preInfusion = integer(r, "pre_infusion_ms", "recipe.pre_infusion_ms", errors);
            String type = text(r, "capsule_type", "recipe.capsule_type", errors);
            String variant = text(r, "capsule_variant", "recipe.capsule_variant", errors);
            recipe = new Recipe(volume, temperature, preInfusion, type, variant);
        } else {
            errors.add(new FieldError("recipe", "recipe is required: an object with volume_ml, temperature_c, pre_infusion_ms,"
                    + " capsule_type and capsule_variant."));
        }
        boolean executeAllowed = true;
        JsonValue execute = json.get("execute_allowed");
        if (execute == JsonValue.FALSE) {
            executeAllowed = false;
        } else if (execute != null && execute != JsonValue.TRUE && execute != JsonValue.NULL) {
            errors.add(new FieldError("execute_allowed", "execute_allowed is true or false."));
        }
        String meta = "{}";
        JsonValue metaValue = json.get("meta");
        if (metaValue instanceof JsonObject) {
            meta = metaValue.toString();
        } else if (metaValue != null && metaValue != JsonValue.NULL) {
            errors.add(new FieldError("meta", "meta is an object."));
        }
        String instructions = null;
        JsonValue instructionsValue = json.get("accessory_instructions");
        if (instructionsValue != null && instructionsValue != JsonValue.NULL) {
            instructions = instructionsValue.toString();
        }
        if (meta.length() > 4000 || (instructions != null && instructions.length() > 4000)) {
            errors.add(new FieldError(meta.length() > 4000 ? "meta" : "accessory_instructions", "At most 4000 characters of JSON."));
        }
        InvalidInputException.throwIf(errors);
        return new NewCommand(machineId, recipe, executeAllowed, meta, instructions);
    }

    /** A device's progress report: {status, meta}. */
    public record Report(CommandStatus status, String metaJson) {
    }

    public static Report parseReport(String body) {
        JsonObject json = JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        CommandStatus status = null;
        if (json.get("status") instanceof JsonString text) {
            status = CommandStatus.reportedByDevice(text.getString()).orElse(null);
        }
        if (status == null) {
            errors.add(new FieldError("status", "status is one of brewing, complete, failed."));
        }
        String meta = "{}";
        JsonValue metaValue = json.get("meta");
        if (metaValue instanceof JsonObject) {
            meta = metaValue.toString();
        } else if (metaValue != null && metaValue != JsonValue.NULL) {
            errors.add(new FieldError("meta", "meta is an object."));
        }
        if (meta.length() > 4000) {
            errors.add(new FieldError("meta", "At most 4000 characters of JSON."));
        }
        InvalidInputException.throwIf(errors);
        return new Report(status, meta);
    }

    /** What {@code check} hands a device. */
    public static JsonObject work(BrewCommand command) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("command_id", command.id())
                .add("recipe", recipe(command.recipe()))
                .add("execute_allowed", command.executeAllowed())
                .add("meta", parse(command.meta()))
                .add("created_at", command.createdAt().toString());
        if (command.accessoryInstructions() == null) {
            json.addNull("accessory_instructions");
        } else {
            json.add("accessory_instructions", parse(command.accessoryInstructions()));
        }
        return json.build();
    }

    /** A command and its history, for the people who sent it. */
    public static JsonObject status(BrewCommand command, List<CommandHistory> history) {
        JsonArrayBuilder changes = Json.createArrayBuilder();
        for (CommandHistory change : history) {
            JsonObjectBuilder row = Json.createObjectBuilder();
            if (change.oldStatus() == null) {
                row.addNull("from"); // the creation
            } else {
                row.add("from", change.oldStatus().wireName());
            }
            changes.add(row
                    .add("to", change.newStatus().wireName())
                    .add("by", change.actor())
                    .add("at", change.occurredAt().toString())
                    .add("meta", parse(change.meta())));
        }
        return Json.createObjectBuilder()
                .add("command_id", command.id())
                .add("machine_id", command.deviceId())
                .add("status", command.status().wireName())
                .add("recipe", recipe(command.recipe()))
                .add("execute_allowed", command.executeAllowed())
                .add("created_at", command.createdAt().toString())
                .add("updated_at", command.updatedAt().toString())
                .add("history", changes)
                .build();
    }

    private static JsonObjectBuilder recipe(Recipe recipe) {
        return Json.createObjectBuilder()
                .add("volume_ml", recipe.volumeMl())
                .add("temperature_c", recipe.temperatureC())
                .add("pre_infusion_ms", recipe.preInfusionMs())
                .add("capsule_type", recipe.capsuleType())
                .add("capsule_variant", recipe.capsuleVariant());
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static int integer(JsonObject object, String name, String field, List<FieldError> errors) {
        if (object.get(name) instanceof JsonNumber number && number.isIntegral() && number.bigIntegerValue().bitLength() < 32) {
            return number.intValue();
        }
        errors.add(new FieldError(field, field + " is required: a whole number."));
        return 0;
    }

    private static String text(JsonObject object, String name, String field, List<FieldError> errors) {
        if (object.get(name) instanceof JsonString value && !value.getString().isBlank() && value.getString().length() <= 40) {
            return value.getString().strip().toLowerCase(java.util.Locale.ROOT);
        }
        errors.add(new FieldError(field, field + " is required: a short text."));
        return "";
    }
}
