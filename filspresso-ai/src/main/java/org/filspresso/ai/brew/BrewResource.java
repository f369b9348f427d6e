package org.filspresso.ai.brew;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.filspresso.query.JsonBody;

/**
 * {@code POST /api/brew/parse}: "make me a strong espresso" to a recipe for the person's machine,
 * the capsule for it and notes — not yet a command: the answer carries the body to send to
 * {@code POST /api/commands/create} once the person confirms.
 */
@Path("brew")
@Tag(name = "kafelot")
public class BrewResource {

    static final int MAX_CHARACTERS = 500;
    static final String REQUEST_EXAMPLE = "{\"text\": \"Make me a strong espresso\", \"machine_id\": 12}";
    static final String RESPONSE_EXAMPLE = "{\"recipe\": {\"volume_ml\": 40, \"temperature_c\": 92, \"pre_infusion_ms\": 1000,"
            + " \"capsule_type\": \"original\", \"capsule_variant\": \"espresso\"}, \"capsule\": {\"name\": \"Kazaar\", \"intensity\": 12,"
            + " \"why\": \"Kazaar: it is in slot 2 of your accessory, intensity 12 for a strong cup.\", \"slot\": 2}, \"notes\": [],"
            + " \"model\": \"tanka\", \"command\": {\"machine_id\": 12, \"recipe\": {\"...\": \"...\"}, \"accessory_instructions\": {\"slot\": 2}}}";

    @Inject
    BrewService brewing;

    @EJB
    AccountService accounts;

    @Context
    SecurityContext security;

    @POST
    @Path("parse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Natural language to a brew recipe for your machine (not sent: confirm, then create the command)",
            description = "What you state (cup size, ml, °C, pre-infusion, decaf, strong/mild, a capsule's name) is kept and checked; "
                    + "the model writes the rest under the recipe grammar, and its values are clamped into the machine's limits with a note. "
                    + "Text that asks for no brew gives {no_command: true, reason}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "strong espresso", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The recipe, capsule, notes and the command body to confirm; or no_command with the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "espresso", value = RESPONSE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Empty or invalid body, or a machine_id that is not yours (problem+json naming the field)")
    @APIResponse(responseCode = "422", description = "Unsafe or impossible (500 ml ristretto, 150 °C, a Vertuo recipe on an Original machine): "
            + "problem+json naming the recipe field and why")
    public JsonObject parse(String body) {
        JsonObject json = JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        String text = JsonBody.text(json, "text", MAX_CHARACTERS, errors);
        double machineId = JsonBody.number(json, "machine_id", -1, 1, Long.MAX_VALUE, true, errors);
        InvalidInputException.throwIf(errors);
        Optional<Customer> customer = accounts.signedIn(security.getUserPrincipal());

        BrewService.Parsed parsed = brewing.parse(text, machineId < 0 ? Optional.empty() : Optional.of((long) machineId), customer);
        if (parsed.outcome() instanceof BrewPlanner.NoCommand none) {
            return Json.createObjectBuilder().add("no_command", true).add("reason", none.reason()).build();
        }
        if (parsed.outcome() instanceof BrewPlanner.Refusal refusal) {
            throw new UnbrewableException(refusal.field(), refusal.reason());
        }
        return planJson((BrewPlanner.Plan) parsed.outcome(), parsed);
    }

    private static JsonObject planJson(BrewPlanner.Plan plan, BrewService.Parsed parsed) {
        JsonObject recipe = Json.createObjectBuilder().add("volume_ml", plan.volumeMl()).add("temperature_c", plan.temperatureC())
                .add("pre_infusion_ms", plan.preInfusionMs()).add("capsule_type", plan.system().code())
                .add("capsule_variant", plan.cup().code()).build();
        JsonObjectBuilder answer = Json.createObjectBuilder().add("recipe", recipe).add("notes", Json.createArrayBuilder(plan.notes()));
        plan.capsule().ifPresentOrElse(choice -> {
            CapsuleOption capsule = choice.capsule();
            JsonObjectBuilder json = Json.createObjectBuilder().add("id", capsule.id()).add("system", capsule.system().code())
                    .add("slug", capsule.slug()).add("name", capsule.name()).add("intensity", capsule.intensity())
                    .add("decaf", capsule.decaf()).add("why", choice.why());
            capsule.slot().ifPresent(slot -> json.add("slot", slot));
            answer.add("capsule", json);
        }, () -> answer.addNull("capsule"));
        parsed.model().filter(name -> plan.fromModel()).ifPresentOrElse(name -> answer.add("model", name), () -> answer.addNull("model"));
        parsed.machine().ifPresent(machine -> {
            JsonObjectBuilder command = Json.createObjectBuilder().add("machine_id", machine.id()).add("recipe", recipe);
            plan.capsule().flatMap(choice -> choice.capsule().slot().isPresent()
                    ? Optional.of(choice.capsule().slot().getAsInt()) : Optional.empty())
                    .ifPresent(slot -> command.add("accessory_instructions", Json.createObjectBuilder().add("slot", slot)));
            answer.add("machine_id", machine.id()).add("command", command);
        });
        return answer.build();
    }
}
