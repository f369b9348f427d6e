package org.filspresso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filspresso.testing.Http.get;
import static org.filspresso.testing.Http.getJson;
import static org.filspresso.testing.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.filspresso.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The read-only catalog API against the seeded MariaDB catalog. */
@ExtendWith(ArquillianExtension.class)
class CatalogApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @Test
    void listsTheWholeSeededRange() {
        assertThat(listing("api/catalog/coffees").getInt("total")).isEqualTo(100);
        assertThat(listing("api/catalog/coffees?system=original").getInt("total")).isEqualTo(49);
        assertThat(listing("api/catalog/coffees?system=vertuo").getInt("total")).isEqualTo(51);
        assertThat(listing("api/catalog/machines").getInt("total")).isEqualTo(18);
    }

    @Test
    void intensityRangeReturnsOnlyCoffeesInsideIt() {
        List<JsonObject> coffees = items("api/catalog/coffees?intensityMin=10&intensityMax=12");

        assertThat(coffees).isNotEmpty();
        assertThat(coffees).allSatisfy(c -> assertThat(c.getInt("intensity")).isBetween(10, 12));
        assertThat(coffees.size()).isLessThan(100);
    }

    @Test
    void filtersCombineAndEveryResultSatisfiesAllOfThem() {
        List<JsonObject> coffees = items("api/catalog/coffees?system=vertuo&cupSize=mug&decaf=false&priceMax=60&sort=price");

        assertThat(coffees).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getString("system")).isEqualTo("vertuo");
            assertThat(c.getJsonArray("cupSizes").getValuesAs(JsonObject.class)).extracting(s -> s.getString("size")).contains("mug");
            assertThat(c.getBoolean("decaf")).isFalse();
            assertThat(c.getJsonNumber("priceRon").doubleValue()).isLessThanOrEqualTo(60.0);
        });
        assertThat(coffees).extracting(c -> c.getJsonNumber("priceRon").doubleValue()).isSorted();
    }

    @Test
    void decafAndOriginFilters() {
        assertThat(items("api/catalog/coffees?decaf=true")).isNotEmpty().allSatisfy(c -> assertThat(c.getBoolean("decaf")).isTrue());
        assertThat(items("api/catalog/coffees?origin=colombia")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getJsonArray("origins").getValuesAs(jakarta.json.JsonString.class))
                        .extracting(jakarta.json.JsonString::getString).contains("Colombia"));
    }

    @Test
    void cupSizesCarryTheCanonicalVolumes() {
        JsonObject ristretto = getCoffee("original", "ristretto");
        assertThat(ristretto.getJsonArray("cupSizes").getValuesAs(JsonObject.class))
                .anySatisfy(s -> {
                    assertThat(s.getString("size")).isEqualTo("ristretto");
                    assertThat(s.getInt("volumeMl")).isEqualTo(25);
                });
        assertThat(json(getJson("api/catalog/capsule-volumes")).asJsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(v -> {
                    assertThat(v.getString("system")).isEqualTo("vertuo");
                    assertThat(v.getString("cupSize")).isEqualTo("alto");
                    assertThat(v.getInt("volumeMl")).isEqualTo(414);
                });
    }

    @Test
    void theSameSlugInBothSystemsIsTwoProducts() {
        JsonObject original = getCoffee("original", "no20");
        JsonObject vertuo = getCoffee("vertuo", "no20");

        assertThat(original.getString("system")).isEqualTo("original");
        assertThat(vertuo.getString("system")).isEqualTo("vertuo");
        assertThat(original.getString("page")).isEqualTo("/coffee/original/no20");
    }

    @Test
    void badFilterValuesGetAProblemNamingEachField() {
        HttpResponse<String> response = getJson("api/catalog/coffees?intensityMin=abc&intensityMax=14&system=nespresso&decaf=maybe");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = json(response).asJsonObject();
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("instance")).isEqualTo("/api/catalog/coffees");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("intensityMin", "intensityMax", "system", "decaf");
        assertThat(response.body()).doesNotContain("Exception", "Caused by", ".java:");
    }

    @Test
    void aMinimumAboveTheMaximumAndUnknownParametersAreRejected() {
        HttpResponse<String> reversed = getJson("api/catalog/machines?priceMin=900&priceMax=100");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(response(reversed).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("priceMin");

        HttpResponse<String> typo = getJson("api/catalog/coffees?intensity_min=5");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(response(typo).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("intensity_min");
    }

    @Test
    void unknownProductsAndAddressesAre404Problems() {
        HttpResponse<String> coffee = getJson("api/catalog/coffees/original/no-such-coffee");
        assertThat(coffee.statusCode()).isEqualTo(404);
        assertThat(response(coffee).getString("title")).isEqualTo("Not Found");

        assertThat(getJson("api/catalog/machines/no-such-machine").statusCode()).isEqualTo(404);
        assertThat(getJson("api/no-such-resource").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesAnswerWithFriendlyErrorsAndNoStackTrace() {
        HttpResponse<String> missing = get("coffee/original/no-such-coffee", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("Caused by", ".java:", "\tat ");

        HttpResponse<String> catalog = get("coffees?intensityMin=12", "text/html");
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body()).contains("data-intensity=\"12\"").doesNotContain("data-intensity=\"11\"");
    }

    @Test
    void theHomePageIsServedAtTheRootWithFeaturedProducts() {
        HttpResponse<String> home = get("", "text/html");

        assertThat(home.statusCode()).as("no redirect away from /").isEqualTo(200);
        assertThat(home.body()).contains("Featured coffees", "Featured machines", "Meet Kafelot");
        assertThat(home.body()).containsPattern("href=\"/coffee/(original|vertuo)/[a-z0-9-]+\"");
    }

    @Test
    void pagingSlicesTheFilteredList() {
        JsonObject page = listing("api/catalog/coffees?system=original&sort=name&offset=10&limit=5");

        assertThat(page.getInt("total")).isEqualTo(49);
        assertThat(page.getJsonArray("items")).hasSize(5);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("slug"))
                .isEqualTo(items("api/catalog/coffees?system=original&sort=name").get(10).getString("slug"));
    }

    private static JsonObject getCoffee(String system, String slug) {
        HttpResponse<String> response = getJson("api/catalog/coffees/" + system + "/" + slug);
        assertThat(response.statusCode()).as("GET coffee %s/%s", system, slug).isEqualTo(200);
        return response(response);
    }

    private static JsonObject listing(String path) {
        HttpResponse<String> response = getJson(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return response(response);
    }

    private static List<JsonObject> items(String path) {
        return listing(path).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject response(HttpResponse<String> response) {
        return json(response).asJsonObject();
    }
}
