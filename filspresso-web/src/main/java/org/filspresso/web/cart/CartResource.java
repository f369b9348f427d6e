package org.filspresso.web.cart;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.cart.ProductRef;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.filspresso.query.JsonBody;

/**
 * {@code /api/cart}: the shopper's own cart (this browser session's, or the signed-in customer's),
 * for one-click buttons outside the shop's forms, such as Kafelot's recommendations.
 */
@Path("cart")
@Tag(name = "cart", description = "The shopper's cart, the same one the shop's pages show")
public class CartResource {

    @Inject
    ShoppingCart cart;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many items the cart holds")
    public JsonObject count() {
        return Json.createObjectBuilder().add("count", cart.getCount()).build();
    }

    @POST
    @Path("lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a product to the cart (the id a recommendation's add_to_cart gives, e.g. coffee-12)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one sleeve", value = "{\"product\": \"coffee-12\", \"quantity\": 1}")))
    @APIResponse(responseCode = "200", description = "Added: the product's name and the cart's new item count")
    @APIResponse(responseCode = "400", description = "Unknown product, quantity out of range or not in stock (problem+json naming the field)")
    public JsonObject add(String body) {
        JsonObject json = JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        String text = JsonBody.text(json, "product", 40, errors);
        Optional<ProductRef> product = ProductRef.parse(text);
        if (errors.isEmpty() && product.isEmpty()) {
            errors.add(new FieldError("product", "product is coffee-<id> or machine-<id>."));
        }
        int quantity = (int) JsonBody.number(json, "quantity", 1, 1, 99, true, errors);
        InvalidInputException.throwIf(errors);
        String name = cart.addLine(product.orElseThrow(), quantity);
        return Json.createObjectBuilder().add("added", name).add("quantity", quantity).add("count", cart.getCount()).build();
    }
}
