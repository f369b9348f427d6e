package org.filspresso.ai.generation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/generate}: an answer from a Kafelot model, whole (JSON) or token by token (Server-Sent Events). */
@Path("generate")
@Tag(name = "kafelot", description = "Kafelot, the coffee assistant's language models")
public class GenerateResource {

    /** Server-Sent Events for clients that ask for them; a client accepting anything, or not saying, gets JSON. */
    public static final String SSE_WHEN_ASKED = MediaType.SERVER_SENT_EVENTS + ";qs=0.5";

    private static final Logger LOG = Logger.getLogger(GenerateResource.class.getName());

    static final String REQUEST_EXAMPLE = "{\"model\": \"auto\", \"prompt\": \"What is a lungo?\", \"max_length\": 96,"
            + " \"temperature\": 0.7, \"top_k\": 40, \"top_p\": 0.95, \"repetition_penalty\": 1.1}";
    static final String ANSWER_EXAMPLE = "{\"response\": \"A lungo is an espresso pulled long: about 110 ml of water through"
            + " one capsule...\", \"model\": \"tanka\", \"prompt_tokens\": 9, \"tokens\": 41, \"finish\": \"end\", \"millis\": 212}";

    @Inject
    GenerationService generation;

    @Resource
    ManagedExecutorService executor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate an answer (model auto routes by the request's complexity; see README)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "question", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The answer", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "answer", value = ANSWER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is wrong (problem+json naming it), or the model is not installed")
    @APIResponse(responseCode = "503", description = "The model is busy: see Retry-After")
    public JsonObject generate(String body) {
        return json(generation.generate(GenerateRequest.parse(body), text -> { }));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(SSE_WHEN_ASKED)
    @Operation(summary = "The same, streamed: a 'token' event per new piece of text, then 'done' with the JSON answer")
    public void stream(String body, @Context SseEventSink sink, @Context Sse sse) {
        GenerateRequest request = GenerateRequest.parse(body); // a wrong body is a 400 before the stream opens
        stream(sink, sse, executor, onText -> json(generation.generate(request, onText)));
    }

    /** Writes an answer as it is generated: a 'token' event per piece, then 'done' with the whole answer's JSON (or 'error'). */
    public static void stream(SseEventSink sink, Sse sse, ManagedExecutorService executor, Function<Consumer<String>, JsonObject> answering) {
        executor.execute(() -> {
            try (sink) {
                JsonObject answer = answering.apply(text -> sink.send(sse.newEventBuilder().name("token").data(text).build()));
                sink.send(sse.newEventBuilder().name("done").mediaType(MediaType.APPLICATION_JSON_TYPE).data(answer.toString()).build());
            } catch (ModelBusyException e) {
                sink.send(sse.newEventBuilder().name("error").data(e.getMessage()).build());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Generation failed", e);
                sink.send(sse.newEventBuilder().name("error").data("The answer could not be finished.").build());
            }
        });
    }

    public static JsonObject json(GenerationService.Answer answer) {
        return fields(answer).build();
    }

    public static JsonObjectBuilder fields(GenerationService.Answer answer) {
        return Json.createObjectBuilder()
                .add("response", answer.text())
                .add("model", answer.model())
                .add("prompt_tokens", answer.promptTokens())
                .add("tokens", answer.tokens())
                .add("finish", answer.finish())
                .add("millis", answer.millis());
    }
}
