package org.filspresso.ai.training;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Administrators' model training: {@code POST /api/train} starts a job in the background,
 * {@code GET /api/train/{id}} follows it (epochs with held-out loss, perplexity and
 * classification accuracy; the current step), {@code DELETE} cancels it, and
 * {@link SaveModelResource} puts a finished job's model into service when it is better.
 */
@Path("train")
@Tag(name = "kafelot")
public class TrainingResource {

    static final String REQUEST_EXAMPLE = "{\"model\": \"tanka\", \"epochs\": 3, \"continue\": true, \"learning_rate\": 0.0002}";

    @Inject
    TrainingJobs jobs;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start training a Kafelot model in the background (administrators)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "go on training Tanka", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "202", description = "Started: the job, with its id; follow it at Location")
    @APIResponse(responseCode = "400", description = "A field is wrong (problem+json naming it)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Another job is running, or there is no installed model to continue from")
    @APIResponse(responseCode = "503", description = "The training toolchain (Python, PyTorch) is not installed or not configured")
    public Response start(String body, @Context UriInfo uri) {
        AdminOnly.check(security);
        JsonObject job = jobs.start(TrainingRequest.parse(body));
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("train").path(job.getString("job_id")).build()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every training job, newest first (administrators)")
    public JsonArray all() {
        AdminOnly.check(security);
        JsonArrayBuilder list = Json.createArrayBuilder();
        jobs.all().forEach(list::add);
        return list.build();
    }

    @GET
    @Path("{job_id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A training job: status, epochs so far (held-out loss, perplexity, classification accuracy), current step")
    @APIResponse(responseCode = "404", description = "No such job")
    public JsonObject job(@PathParam("job_id") String id) {
        AdminOnly.check(security);
        return jobs.describe(id);
    }

    @DELETE
    @Path("{job_id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a running training job (its checkpoints so far stay)")
    @APIResponse(responseCode = "409", description = "The job is not running")
    public JsonObject cancel(@PathParam("job_id") String id) {
        AdminOnly.check(security);
        return jobs.cancel(id);
    }
}
