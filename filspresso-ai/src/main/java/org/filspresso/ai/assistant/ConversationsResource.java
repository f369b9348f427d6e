package org.filspresso.ai.assistant;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.account.AccountService;
import org.filspresso.conversation.Conversation;
import org.filspresso.conversation.ConversationService;
import org.filspresso.conversation.Turn;

/**
 * {@code /api/chat/conversations}: the signed-in person's Kafelot history — the conversations
 * {@code POST /api/chat} kept for them, to read again, go on with or delete. Nobody else's.
 */
@Path("chat/conversations")
@Tag(name = "kafelot")
public class ConversationsResource {

    @EJB
    ConversationService conversations;

    @EJB
    AccountService accounts;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Your conversations with Kafelot, most recent first (the last " + ConversationService.LISTED + ")")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public JsonArray list() {
        long customer = customerId();
        JsonArrayBuilder list = Json.createArrayBuilder();
        conversations.conversations(customer).forEach(conversation -> list.add(summary(conversation)));
        return list.build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One of your conversations with its messages, each answer with its sources and note; "
            + "send its id as conversation_id to POST /api/chat to go on with it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "You have no conversation with this id")
    public JsonObject conversation(@PathParam("id") long id) {
        Conversation conversation = conversations.conversation(customerId(), id).orElseThrow(() -> notFound(id));
        JsonArrayBuilder messages = Json.createArrayBuilder();
        for (Turn turn : conversation.turns()) {
            JsonObjectBuilder message = Json.createObjectBuilder().add("role", turn.role()).add("content", turn.content());
            if (turn.role().equals("assistant")) {
                JsonArrayBuilder sources = Json.createArrayBuilder();
                turn.sources().forEach(source -> sources.add(ChatResource.source(source.title(), source.url())));
                message.add("model", turn.model() == null ? "" : turn.model()).add("grounded", Boolean.TRUE.equals(turn.grounded()))
                        .add("note", turn.note() == null ? "" : turn.note()).add("sources", sources);
            }
            messages.add(message);
        }
        return summary(conversation).add("messages", messages).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one of your conversations")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "You have no conversation with this id")
    public Response delete(@PathParam("id") long id) {
        if (!conversations.delete(customerId(), id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private long customerId() {
        return accounts.signedIn(security.getUserPrincipal()).orElseThrow(() -> new NotAuthorizedException(
                "Sign in to see your conversations.", Response.status(401).header("WWW-Authenticate", "FORM").build())).id();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("You have no conversation " + id + ".");
    }

    private static JsonObjectBuilder summary(Conversation conversation) {
        return Json.createObjectBuilder().add("id", conversation.id()).add("title", conversation.title())
                .add("started_at", conversation.startedAt().toString()).add("updated_at", conversation.updatedAt().toString());
    }
}
