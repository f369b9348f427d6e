package org.filspresso.ai.recommend;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.cart.CartService;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.filspresso.query.JsonBody;

/**
 * {@code POST /api/recommendations}: "what coffee should I try?" — from what the text says, the
 * signed-in person's preferences, machines and orders, and the time of day.
 */
@Path("recommendations")
@Tag(name = "kafelot")
public class RecommendationsResource {

    static final int MAX_CHARACTERS = 500;
    static final String REQUEST_EXAMPLE = "{\"text\": \"something fruity and mild for the afternoon\", \"time\": \"16:30\", \"count\": 3}";

    @Inject
    RecommendationService recommendations;

    @EJB
    AccountService accounts;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Coffees to try, each with why, tasting notes, a recipe for its cup, a pairing and what to add to the cart",
            description = "Only capsules of your machines' system (or of `system`); from 20:00 nothing high in caffeine unless you ask for "
                    + "something strong, and decaf first from 18:00. Signed in, your preferences and orders count.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "fruity", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Up to `count` recommendations, best first")
    @APIResponse(responseCode = "400", description = "A field is wrong (problem+json naming it)")
    public JsonObject recommend(String body) {
        JsonObject json = body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        String text = json.get("text") == null || json.isNull("text") ? "" : JsonBody.text(json, "text", MAX_CHARACTERS, errors);
        int count = (int) JsonBody.number(json, "count", 5, 1, 10, true, errors);
        LocalTime time = time(json, errors);
        Optional<CapsuleSystem> system = system(json, errors);
        InvalidInputException.throwIf(errors);
        Optional<Customer> customer = accounts.signedIn(security.getUserPrincipal());

        RecommendationService.Result result = recommendations.recommend(text, time, count, system, customer);
        JsonArrayBuilder systems = Json.createArrayBuilder();
        result.systems().forEach(s -> systems.add(s.code()));
        return Json.createObjectBuilder().add("time", time.toString()).add("systems", systems).add("recommendations",
                RecommendationJson.picks(result, coffee -> uri.getBaseUri().resolve(".." + RecommendationJson.page(coffee)).toString())).build();
    }

    /** "HH:MM" when given, else the shop's local time now. */
    private static LocalTime time(JsonObject json, List<FieldError> errors) {
        JsonValue value = json.get("time");
        if (value == null || value == JsonValue.NULL) {
            return ZonedDateTime.now(CartService.SHOP_ZONE).toLocalTime().withSecond(0).withNano(0);
        }
        if (value instanceof JsonString text) {
            try {
                return LocalTime.parse(text.getString());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(new FieldError("time", "time is a time of day such as \"21:30\"."));
        return LocalTime.NOON;
    }

    private static Optional<CapsuleSystem> system(JsonObject json, List<FieldError> errors) {
        JsonValue value = json.get("system");
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString text && List.of("original", "vertuo").contains(text.getString())) {
            return Optional.of(CapsuleSystem.valueOf(text.getString().toUpperCase(Locale.ROOT)));
        }
        errors.add(new FieldError("system", "system is original or vertuo."));
        return Optional.empty();
    }
}
