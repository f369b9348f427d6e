package org.filspresso.ai.generation;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.ai.model.InstalledModel;
import org.filspresso.ai.model.ModelRegistry;
import org.filspresso.ai.training.AdminOnly;
import org.filspresso.ai.training.ModelPublisher;

/**
 * {@code GET /api/models}: each Kafelot model, whether it is installed, its size and held-out metrics;
 * {@code DELETE /api/models/{name}} takes an administrator's saved version out of service.
 */
@Path("models")
@Tag(name = "kafelot")
public class ModelsResource {

    @Inject
    ModelRegistry models;

    @Inject
    ModelPublisher publisher;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The Kafelot models: name, parameters (total and active per token), size, status, metrics")
    public JsonArray all() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String name : ModelRouter.MODELS) {
            Optional<InstalledModel> installed = models.model(name);
            JsonObjectBuilder entry = Json.createObjectBuilder().add("name", name);
            if (installed.isEmpty()) {
                list.add(entry.add("status", "not installed"));
                continue;
            }
            InstalledModel model = installed.get();
            JsonObject card = model.card();
            list.add(entry.add("status", "ready")
                    .add("source", model.source())
                    .add("parameters", card.getJsonNumber("parameters").longValue())
                    .add("active_parameters", card.getJsonNumber("active_parameters").longValue())
                    .add("size_bytes", model.sizeBytes())
                    .add("weights", card.getString("weights", "fp32"))
                    .add("context", model.context())
                    .add("load", model.gate().load())
                    .add("metrics", Json.createObjectBuilder()
                            .add("val_perplexity", card.getJsonNumber("val_perplexity"))
                            .add("val_loss", card.getJsonNumber("val_loss"))
                            .add("epochs_trained", card.getInt("epochs_trained"))
                            .add("classify_accuracy", card.containsKey("classification")
                                    ? card.getJsonObject("classification").get("held_out_accuracy") : JsonValue.NULL)));
        }
        return list.build();
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Take an administrator's saved version of a model out of service (the shipped one answers again)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No saved version of that model")
    public Response remove(@PathParam("name") String name) {
        AdminOnly.check(security);
        if (!ModelRouter.MODELS.contains(name)) {
            throw new NotFoundException("No model " + name + ".");
        }
        publisher.remove(name);
        return Response.noContent().build();
    }
}
