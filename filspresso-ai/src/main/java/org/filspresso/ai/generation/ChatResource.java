package org.filspresso.ai.generation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/chat}: the next assistant turn of a conversation, whole or streamed. */
@Path("chat")
@Tag(name = "kafelot")
public class ChatResource {

    static final String REQUEST_EXAMPLE = "{\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"What is a ristretto?\"},"
            + " {\"role\": \"assistant\", \"content\": \"A short espresso: about 25 ml.\"},"
            + " {\"role\": \"user\", \"content\": \"And which capsule would you use?\"}], \"max_length\": 96}";

    @Inject
    GenerationService generation;

    @Resource
    ManagedExecutorService executor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the last user message of a conversation (auto routes by the question and the turns before it)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "conversation", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The answer, as generate's")
    @APIResponse(responseCode = "400", description = "A field is wrong (problem+json naming it, e.g. messages[2])")
    @APIResponse(responseCode = "503", description = "The model is busy: see Retry-After")
    public JsonObject chat(String body) {
        return GenerateResource.json(generation.chat(ChatRequest.parse(body), text -> { }));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The same, streamed: 'token' events, then 'done'")
    public void stream(String body, @Context SseEventSink sink, @Context Sse sse) {
        ChatRequest request = ChatRequest.parse(body);
        GenerateResource.stream(sink, sse, executor, onText -> generation.chat(request, onText));
    }
}
