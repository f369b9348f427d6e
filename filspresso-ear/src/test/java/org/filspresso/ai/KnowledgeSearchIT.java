package org.filspresso.ai;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.filspresso.testing.Deployments;
import org.filspresso.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The knowledge index of the deployed application (articles, the catalog from MariaDB, molecules), searched over HTTP. */
@ExtendWith(ArquillianExtension.class)
class KnowledgeSearchIT {

    private final WebSession anyone = new WebSession();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @Test
    void aQuestionFindsPassagesFromTheArticlesAndTheCatalogWithLinks() throws Exception {
        JsonObject sour = search("q=" + encode("Why does my espresso taste sour?"));
        List<JsonObject> results = sour.getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results).hasSize(5).allSatisfy(result -> {
            assertThat(result.getString("title")).isNotBlank();
            assertThat(result.getString("url")).startsWith("/");
        });
        assertThat(results).anyMatch(result -> result.getString("category").equals("knowledge"));

        JsonObject kazaar = search("q=" + encode("intensity of Kazaar") + "&category=coffee&limit=3");
        assertThat(kazaar.getJsonArray("results").getValuesAs(JsonObject.class)).first()
                .satisfies(first -> assertThat(first.getString("url")).isEqualTo("/coffee/original/kazaar"))
                .satisfies(first -> assertThat(first.getString("text")).contains("intensity"));

        String link = results.stream().filter(r -> r.getString("category").equals("knowledge")).findFirst().orElseThrow().getString("url");
        HttpResponse<String> article = anyone.get(link.substring(1, link.indexOf('#')));
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).startsWith("# ");
    }

    @Test
    void wrongParametersAreNamed() {
        HttpResponse<String> wrong = anyone.get("api/knowledge/search?q=&category=gossip&mode=psychic&language=english&limit=99");

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"q\"").contains("\"field\":\"category\"").contains("\"field\":\"mode\"")
                .contains("\"field\":\"limit\"").contains("\"field\":\"language\"");
        assertThat(anyone.get("api/knowledge/gossip").statusCode()).isEqualTo(404);
    }

    /** Searches, waiting while the index is still being built at deployment (503). */
    private JsonObject search(String query) throws InterruptedException {
        HttpResponse<String> answer = anyone.get("api/knowledge/search?" + query);
        for (int tries = 0; answer.statusCode() == 503 && tries < 120; tries++) {
            Thread.sleep(1000);
            answer = anyone.get("api/knowledge/search?" + query);
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
