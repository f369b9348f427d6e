package org.filspresso.ai.generation;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.ai.model.InstalledModel;
import org.filspresso.ai.model.ModelRegistry;

/** {@code GET /api/models}: each Kafelot model, whether it is installed, its size and held-out metrics. */
@Path("models")
@Tag(name = "kafelot")
public class ModelsResource {

    @Inject
    ModelRegistry models;

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
                            .add("epochs_trained", card.getInt("epochs_trained"))));
        }
        return list.build();
    }
}
