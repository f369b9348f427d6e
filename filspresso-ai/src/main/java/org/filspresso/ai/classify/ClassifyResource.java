package org.filspresso.ai.classify;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/classify}: coffee type, brewing method and intent of a text, each with the model's confidence. */
@Path("classify")
@Tag(name = "kafelot")
public class ClassifyResource {

    static final String REQUEST_EXAMPLE = "{\"text\": \"I brew with a V60 every morning\", \"task\": \"brewing_method\", \"model\": \"auto\"}";
    static final String RESPONSE_EXAMPLE = "{\"model\": \"tanka\", \"millis\": 41, \"results\": {\"brewing_method\": {\"label\": \"pour-over\","
            + " \"confidence\": 0.93, \"probabilities\": {\"capsule machine\": 0.01, \"pour-over\": 0.93, \"...\": 0.06}}}}";

    @Inject
    ClassificationService classifier;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify a text: coffee type, brewing method and intent, scored with a Kafelot model",
            description = "Each label's likelihood after the classification prompt, normalised over the task's labels: "
                    + "the label is the most likely one, its confidence that probability.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one task", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The label, confidence and every label's probability per task",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "pour-over", value = RESPONSE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is wrong (problem+json naming it)")
    @APIResponse(responseCode = "503", description = "The model is busy (Retry-After) or no installed model classifies")
    public JsonObject classify(String body) {
        ClassificationService.Result result = classifier.classify(ClassifyRequest.parse(body));
        JsonObjectBuilder results = Json.createObjectBuilder();
        for (Classification c : result.classifications()) {
            JsonObjectBuilder probabilities = Json.createObjectBuilder();
            c.probabilities().forEach((label, p) -> probabilities.add(label, round(p)));
            results.add(c.task(), Json.createObjectBuilder().add("label", c.label()).add("confidence", round(c.confidence()))
                    .add("probabilities", probabilities));
        }
        return Json.createObjectBuilder().add("model", result.model()).add("millis", result.millis()).add("results", results).build();
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
