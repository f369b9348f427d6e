package org.filspresso.ai;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.filspresso.testing.Deployments;
import org.filspresso.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/recommendations} in the deployed application, over the real catalog in MariaDB. */
@ExtendWith(ArquillianExtension.class)
class RecommendationsIT {

    private final WebSession anyone = new WebSession();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @Test
    void lateInTheEveningAnOriginalOwnerGetsOriginalCapsulesAndDecafFirstEachWithARecipeAndAPairing() {
        HttpResponse<String> answer = anyone.json("POST", "api/recommendations",
                "{\"text\": \"something to enjoy after dinner\", \"time\": \"21:30\", \"system\": \"original\", \"count\": 5}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var picks = json(answer.body()).getJsonArray("recommendations").getValuesAs(JsonObject.class);
        assertThat(picks).hasSize(5).allSatisfy(pick -> {
            JsonObject coffee = pick.getJsonObject("coffee");
            assertThat(coffee.getString("system")).isEqualTo("original");
            assertThat(coffee.getBoolean("decaf") || coffee.getInt("intensity") < 8).as(coffee.getString("name")).isTrue();
            assertThat(pick.getJsonArray("why")).isNotEmpty();
            assertThat(pick.getJsonObject("brewing").getJsonObject("recipe").getString("capsule_type")).isEqualTo("original");
            assertThat(pick.getString("pairing")).isNotBlank();
            assertThat(pick.getJsonObject("add_to_cart").getString("product")).isEqualTo("coffee-" + coffee.getJsonNumber("id"));
            assertThat(anyone.get(coffee.getString("url").replaceFirst("^https?://[^/]+/", "")).statusCode()).isEqualTo(200);
        });
        assertThat(picks.get(0).getJsonObject("coffee").getBoolean("decaf")).isTrue();
    }

    @Test
    void aWrongFieldIsNamed() {
        HttpResponse<String> wrong = anyone.json("POST", "api/recommendations", "{\"time\": \"half past nine\", \"system\": \"dolce\"}");

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"time\"").contains("\"field\":\"system\"");
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
