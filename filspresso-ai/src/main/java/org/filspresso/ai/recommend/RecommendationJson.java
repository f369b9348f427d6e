package org.filspresso.ai.recommend;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.function.Function;
import org.filspresso.ai.rag.CatalogChunks;
import org.filspresso.cart.ProductRef;

/** Recommendations as the API and the chat show them: the coffee, why, tasting notes, a recipe for its cup, a pairing and what to add to the cart. */
public final class RecommendationJson {

    private RecommendationJson() {
    }

    /** The coffee's product page, from the application's root. */
    public static String page(Candidate coffee) {
        return CatalogChunks.coffeePage(coffee.system(), coffee.slug());
    }

    /** @param pageUrl the link to give for a coffee's page */
    public static JsonArrayBuilder picks(RecommendationService.Result result, Function<Candidate, String> pageUrl) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Recommender.Recommendation pick : result.picks()) {
            Candidate coffee = pick.coffee();
            String systemName = coffee.system().code();
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("coffee", Json.createObjectBuilder().add("id", coffee.id()).add("system", systemName).add("slug", coffee.slug())
                            .add("name", coffee.name()).add("intensity", coffee.intensity()).add("decaf", coffee.decaf())
                            .add("notes", Json.createArrayBuilder(coffee.notes()))
                            .add("url", pageUrl.apply(coffee)))
                    .add("why", Json.createArrayBuilder(pick.why()))
                    .add("tasting_notes", coffee.tastingNotes() == null ? "" : coffee.tastingNotes())
                    .add("add_to_cart", Json.createObjectBuilder().add("product", ProductRef.coffee(coffee.id()).toString()).add("quantity", 1));
            Serving.of(coffee, result.volumes()).ifPresent(serving -> item
                    .add("brewing", Json.createObjectBuilder().add("cup", serving.cup().code())
                            .add("recipe", Json.createObjectBuilder().add("volume_ml", serving.volumeMl()).add("temperature_c", serving.temperatureC())
                                    .add("pre_infusion_ms", serving.preInfusionMs()).add("capsule_type", systemName)
                                    .add("capsule_variant", serving.cup().code())))
                    .add("pairing", serving.pairing()));
            list.add(item);
        }
        return list;
    }
}
