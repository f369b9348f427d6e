package org.filspresso.ai.summary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.ai.generation.GenerateRequest;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.filspresso.query.JsonBody;

/** {@code POST /api/summarize}: a summary whose every sentence points at the sentence of the text it comes from. */
@Path("summarize")
@Tag(name = "kafelot")
public class SummarizeResource {

    static final String REQUEST_EXAMPLE = "{\"text\": \"Espresso is brewed by forcing hot water through finely ground coffee. ...\","
            + " \"max_sentences\": 2, \"model\": \"auto\"}";

    @Inject
    SummaryService summaries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Summarise a text faithfully: each sentence is the text's own or traced to it (source offsets given)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "text", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "{summary, model, sentences: [{text, kind: generated|extracted, source: {start, end, text}}]}")
    @APIResponse(responseCode = "400", description = "A field is wrong (problem+json naming it)")
    public JsonObject summarize(String body) {
        JsonObject json = JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        String text = JsonBody.text(json, "text", SummaryService.MAX_CHARACTERS, errors);
        int maxSentences = (int) JsonBody.number(json, "max_sentences", 3, 1, 10, true, errors);
        String model = GenerateRequest.model(json, errors);
        InvalidInputException.throwIf(errors);

        SummaryService.Summary summary = summaries.summarize(model, text, maxSentences);
        JsonArrayBuilder sentences = Json.createArrayBuilder();
        for (SummaryService.Part part : summary.sentences()) {
            sentences.add(Json.createObjectBuilder()
                    .add("text", part.text())
                    .add("kind", part.kind())
                    .add("source", Json.createObjectBuilder()
                            .add("start", part.source().start())
                            .add("end", part.source().end())
                            .add("text", part.source().text())));
        }
        return Json.createObjectBuilder().add("summary", summary.text()).add("model", summary.model()).add("sentences", sentences).build();
    }
}
