package org.filspresso.ai.training;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.filspresso.query.JsonBody;

/** {@code POST /api/save-model}: a finished training job's model into service, when its held-out perplexity is better (administrators). */
@Path("save-model")
@Tag(name = "kafelot")
public class SaveModelResource {

    @Inject
    ModelPublisher publisher;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export a finished job's best checkpoint and serve it, if its held-out perplexity beats the installed model's",
            description = "force: true serves it even when it is not better (to try a model out); the replaced version is kept.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "job", value = "{\"job_id\": \"20261124-201500-3fa2\", \"force\": false}")))
    @APIResponse(responseCode = "200", description = "Saved and now serving: {model, job_id, val_perplexity, replaced_val_perplexity, folder}")
    @APIResponse(responseCode = "409", description = "Not better than the installed model, still running, or no checkpoint")
    @APIResponse(responseCode = "503", description = "No models folder configured, or the export failed")
    public JsonObject save(String body) {
        AdminOnly.check(security);
        JsonObject json = JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        String jobId = json.get("job_id") instanceof JsonString id && !id.getString().isBlank() ? id.getString() : null;
        if (jobId == null) {
            errors.add(new FieldError("job_id", "job_id is required: the id POST /api/train answered."));
        }
        JsonValue force = json.getOrDefault("force", JsonValue.FALSE);
        if (force != JsonValue.TRUE && force != JsonValue.FALSE && force != JsonValue.NULL) {
            errors.add(new FieldError("force", "force is true or false."));
        }
        InvalidInputException.throwIf(errors);
        ModelPublisher.Saved saved = publisher.save(jobId, force == JsonValue.TRUE);
        JsonObjectBuilder answer = Json.createObjectBuilder().add("model", saved.model()).add("job_id", saved.jobId())
                .add("val_perplexity", saved.perplexity()).add("folder", saved.folder().toString());
        if (saved.replacedPerplexity() == null) {
            answer.addNull("replaced_val_perplexity");
        } else {
            answer.add("replaced_val_perplexity", saved.replacedPerplexity());
        }
        return answer.build();
    }
}
