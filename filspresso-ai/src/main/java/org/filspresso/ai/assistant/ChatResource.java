package org.filspresso.ai.assistant;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.ai.chemistry.Molecule;
import org.filspresso.ai.generation.ChatRequest;
import org.filspresso.ai.generation.GenerateResource;
import org.filspresso.ai.rag.Chunk;
import org.filspresso.ai.recommend.RecommendationJson;

/** {@code POST /api/chat}: Kafelot's next turn in a conversation, grounded in retrieved passages and cited, whole or streamed. */
@Path("chat")
@Tag(name = "kafelot")
public class ChatResource {

    static final String REQUEST_EXAMPLE = "{\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"What is a ristretto?\"},"
            + " {\"role\": \"assistant\", \"content\": \"A short espresso: about 25 ml.\"},"
            + " {\"role\": \"user\", \"content\": \"Why does a finer grind make it more bitter?\"}], \"max_length\": 96}";
    static final String ANSWER_EXAMPLE = "{\"response\": \"Finer particles extract faster...\", \"model\": \"tanka\", \"grounded\": true,"
            + " \"note\": \"\", \"sources\": [{\"title\": \"Coffee Brewing Methods and Practice > The Core Variables of Brewing > Grind Size\","
            + " \"url\": \"/api/knowledge/brewing#grind-size\"}], \"tokens\": 41, \"finish\": \"end\"}";

    @Inject
    AssistantService assistant;

    @EJB
    AccountService accounts;

    @Context
    SecurityContext security;

    @Resource
    ManagedExecutorService executor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the last user message, grounded in our coffee knowledge, catalog and chemistry, with its sources",
            description = "Questions about your orders and subscriptions are answered from your account (sign in). An answer naming a "
                    + "number, product or molecule its sources do not contain is replaced by the sources' own sentences (grounded: false, "
                    + "note says why); with no relevant passage the answer is \"I don't know\".")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "conversation", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The answer, its sources and whether it was checked as grounded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "grind", value = ANSWER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is wrong (problem+json naming it, e.g. messages[2])")
    @APIResponse(responseCode = "503", description = "The model is busy (Retry-After) or the knowledge index is still being built")
    public JsonObject chat(String body) {
        ChatRequest request = ChatRequest.parse(body);
        Optional<Customer> customer = customer();
        assistant.checkConversation(request, customer);
        return json(assistant.chat(request, customer, text -> { }));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(GenerateResource.SSE_WHEN_ASKED)
    @Operation(summary = "The same, streamed: 'token' events as the model writes, then 'done' with the checked answer and its sources")
    public void stream(String body, @Context SseEventSink sink, @Context Sse sse) {
        ChatRequest request = ChatRequest.parse(body);
        Optional<Customer> customer = customer();
        assistant.checkConversation(request, customer); // a wrong id is a 400 before the stream opens
        GenerateResource.stream(sink, sse, executor, onText -> json(assistant.chat(request, customer, onText)));
    }

    private Optional<Customer> customer() {
        return accounts.signedIn(security.getUserPrincipal());
    }

    /** A cited source as the chat and the kept conversations show it. */
    static JsonObjectBuilder source(String title, String url) {
        return Json.createObjectBuilder().add("title", title).add("url", url);
    }

    static JsonObject json(AssistantService.Reply reply) {
        JsonArrayBuilder sources = Json.createArrayBuilder();
        for (Chunk source : reply.sources()) {
            sources.add(source(source.title(), source.url()));
        }
        JsonArrayBuilder molecules = Json.createArrayBuilder();
        for (Molecule molecule : reply.molecules()) {
            molecules.add(Json.createObjectBuilder().add("name", molecule.name()).add("display_name", molecule.displayName())
                    .add("formula", molecule.formula()).add("molar_mass", molecule.molarMass())
                    .add("structure_svg", "/api/molecules/" + molecule.name() + "/structure.svg"));
        }
        JsonObjectBuilder json = GenerateResource.fields(reply.answer()).add("sources", sources).add("grounded", reply.grounded())
                .add("note", reply.note()).add("molecules", molecules);
        reply.recommendations().ifPresent(result -> json.add("recommendations", RecommendationJson.picks(result, RecommendationJson::page)));
        reply.conversationId().ifPresent(id -> json.add("conversation_id", id));
        return json.build();
    }
}
