package org.filspresso.ai;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.filspresso.testing.Deployments;
import org.filspresso.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A signed-in customer's Kafelot conversations are kept (and only theirs reachable); "what should
 * I try?" comes back as recommendations whose add-to-cart works in one request; chemistry answers
 * carry the molecules to draw.
 */
@ExtendWith(ArquillianExtension.class)
class KafelotConversationsIT {

    private static final String GRIND = "{\"model\": \"tanka\", \"max_length\": 32, \"messages\": [{\"role\": \"user\","
            + " \"content\": \"Why does a finer grind make espresso more bitter?\"}]}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @Test
    void aSignedInCustomersConversationIsKeptAndOnlyTheirs() {
        WebSession ana = customer("Ana");
        WebSession mihai = customer("Mihai");

        JsonObject first = ok(ana.json("POST", "api/chat", GRIND));
        long id = first.getJsonNumber("conversation_id").longValue();
        JsonObject second = ok(ana.json("POST", "api/chat", "{\"model\": \"tanka\", \"max_length\": 32, \"conversation_id\": " + id
                + ", \"messages\": [{\"role\": \"user\", \"content\": \"Why does a finer grind make espresso more bitter?\"},"
                + " {\"role\": \"assistant\", \"content\": " + Json.createValue(first.getString("response")) + "},"
                + " {\"role\": \"user\", \"content\": \"And what does a coarser grind do?\"}]}"));
        assertThat(second.getJsonNumber("conversation_id").longValue()).as("the same conversation goes on").isEqualTo(id);

        JsonArray listed = array(ana.json("GET", "api/chat/conversations", null));
        assertThat(listed).hasSize(1);
        assertThat(listed.getJsonObject(0).getString("title")).isEqualTo("Why does a finer grind make espresso more bitter?");
        JsonObject kept = ok(ana.json("GET", "api/chat/conversations/" + id, null));
        JsonArray messages = kept.getJsonArray("messages");
        assertThat(messages.getValuesAs(JsonObject.class)).extracting(m -> m.getString("role"))
                .containsExactly("user", "assistant", "user", "assistant");
        assertThat(messages.getJsonObject(1).getString("content")).isEqualTo(first.getString("response"));
        assertThat(messages.getJsonObject(1).getJsonArray("sources")).isEqualTo(first.getJsonArray("sources")).isNotEmpty();
        assertThat(messages.getJsonObject(2).getString("content")).isEqualTo("And what does a coarser grind do?");

        // Someone else can neither read, continue nor delete it; a visitor has no history at all.
        assertThat(mihai.json("GET", "api/chat/conversations/" + id, null).statusCode()).isEqualTo(404);
        assertThat(array(mihai.json("GET", "api/chat/conversations", null))).isEmpty();
        HttpResponse<String> continued = mihai.json("POST", "api/chat", GRIND.replace("{\"model\"", "{\"conversation_id\": " + id + ", \"model\""));
        assertThat(continued.statusCode()).isEqualTo(400);
        assertThat(continued.body()).contains("\"field\":\"conversation_id\"");
        assertThat(mihai.json("DELETE", "api/chat/conversations/" + id, null).statusCode()).isEqualTo(404);
        assertThat(new WebSession().json("GET", "api/chat/conversations", null).statusCode()).isEqualTo(401);
        assertThat(ok(ana.json("GET", "api/chat/conversations/" + id, null)).getJsonArray("messages")).hasSize(4);

        assertThat(ana.json("DELETE", "api/chat/conversations/" + id, null).statusCode()).isEqualTo(204);
        assertThat(array(ana.json("GET", "api/chat/conversations", null))).isEmpty();
    }

    @Test
    void whatToTryComesBackAsCoffeesThatGoIntoTheCartInOneRequest() {
        WebSession visitor = new WebSession();
        JsonObject reply = ok(visitor.json("POST", "api/chat",
                "{\"messages\": [{\"role\": \"user\", \"content\": \"What coffee should I try? Something fruity and light.\"}]}"));

        JsonArray picks = reply.getJsonArray("recommendations");
        assertThat(picks).isNotEmpty();
        assertThat(reply.getJsonArray("sources")).hasSameSizeAs(picks);
        JsonObject pick = picks.getJsonObject(0);
        assertThat(reply.getString("response")).contains(pick.getJsonObject("coffee").getString("name"));
        assertThat(reply.containsKey("conversation_id")).as("a visitor's conversation stays in the browser").isFalse();

        JsonObject added = ok(visitor.json("POST", "api/cart/lines", pick.getJsonObject("add_to_cart").toString()));
        assertThat(added.getString("added")).isEqualTo(pick.getJsonObject("coffee").getString("name"));
        assertThat(added.getInt("count")).isEqualTo(1);
        assertThat(visitor.get("cart").body()).contains(pick.getJsonObject("coffee").getString("name"));

        HttpResponse<String> unknown = visitor.json("POST", "api/cart/lines", "{\"product\": \"capsule-12\", \"quantity\": 1}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"product\"");
        assertThat(ok(visitor.json("GET", "api/cart", null)).getInt("count")).as("nothing lost").isEqualTo(1);
    }

    @Test
    void aChemistryAnswerCarriesTheMoleculesToDraw() {
        JsonObject reply = ok(new WebSession().json("POST", "api/chat", "{\"model\": \"tanka\", \"max_length\": 32, \"messages\":"
                + " [{\"role\": \"user\", \"content\": \"What happens to chlorogenic acids when coffee is roasted?\"}]}"));

        JsonObject molecule = reply.getJsonArray("molecules").getJsonObject(0);
        assertThat(molecule.getString("name")).isEqualTo("chlorogenic-acid");
        assertThat(molecule.getString("formula")).isEqualTo("C16H18O9");
        HttpResponse<String> drawing = new WebSession().get(molecule.getString("structure_svg").substring(1));
        assertThat(drawing.statusCode()).isEqualTo(200);
        assertThat(drawing.body()).contains("<svg");
    }

    private static WebSession customer(String name) {
        WebSession session = new WebSession();
        session.register(name + " Kafelot", name.toLowerCase() + "." + UUID.randomUUID() + "@example.com", "a long coffee passphrase");
        return session;
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
