package org.filspresso.ai;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.filspresso.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Kafelot served by the deployed application: the shipped Tanka model answering over HTTP, whole and streamed. */
@ExtendWith(ArquillianExtension.class)
class KafelotApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String LUNGO = "{\"model\": \"tanka\", \"prompt\": \"What is a lungo?\", \"max_length\": 48, \"temperature\": 0}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @Test
    void tankaAnswersAQuestionAndGreedyAnswersRepeat() throws Exception {
        HttpResponse<String> first = post(LUNGO, "application/json");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonObject answer = json(first.body());
        assertThat(answer.getString("model")).isEqualTo("tanka");
        assertThat(answer.getString("response")).isNotBlank().doesNotContain("<|");
        assertThat(answer.getInt("tokens")).isBetween(1, 48);
        assertThat(answer.getString("finish")).isIn("end", "length", "stop_sequence");
        assertThat(json(post(LUNGO, "application/json").body()).getString("response")).isEqualTo(answer.getString("response"));
    }

    @Test
    void theAnswerCanBeStreamedTokenByToken() throws Exception {
        HttpResponse<String> streamed = post(LUNGO, "text/event-stream");
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        List<String> tokens = new ArrayList<>();
        String done = null;
        String event = null;
        for (String line : streamed.body().split("\n")) {
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                String data = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
                if ("token".equals(event)) {
                    tokens.add(data);
                } else if ("done".equals(event)) {
                    done = data;
                }
            }
        }
        assertThat(tokens).as("several pieces, sent as they were written").hasSizeGreaterThan(1);
        assertThat(done).isNotNull();
        JsonObject answer = json(done);
        assertThat(answer.getString("model")).isEqualTo("tanka");
        assertThat(answer.getString("response")).isEqualTo(json(post(LUNGO, "application/json").body()).getString("response"));
    }

    @Test
    void wrongFieldsAndMissingModelsAreNamed() throws Exception {
        HttpResponse<String> wrong = post("{\"prompt\": \"\", \"max_length\": 0, \"temperature\": 9}", "application/json");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrong.body()).contains("\"field\":\"prompt\"").contains("\"field\":\"max_length\"").contains("\"field\":\"temperature\"");
        HttpResponse<String> missing = post("{\"model\": \"ode\", \"prompt\": \"Hello\"}", "application/json");
        if (!modelStatus("ode").equals("ready")) {
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(missing.body()).contains("\"field\":\"model\"").contains("not installed");
        }
    }

    @Test
    void theModelsAreListedWithSizesAndMetrics() throws Exception {
        JsonArray models = Json.createReader(new StringReader(get("api/models").body())).readArray();
        assertThat(models.getValuesAs(JsonObject.class)).extracting(m -> m.getString("name")).containsExactly("tanka", "villanelle", "ode");
        JsonObject tanka = models.getJsonObject(0);
        assertThat(tanka.getString("status")).isEqualTo("ready");
        assertThat(tanka.getJsonNumber("parameters").longValue()).isBetween(25_500_000L, 34_500_000L);
        assertThat(tanka.getJsonNumber("size_bytes").longValue()).isLessThan(95_000_000L);
        assertThat(tanka.getJsonObject("metrics").getJsonNumber("val_perplexity").doubleValue()).isLessThan(30);
    }

    @Test
    void chatAnswersTheLastTurnOfAConversation() throws Exception {
        HttpResponse<String> answer = post("api/chat", """
                {"model": "tanka", "temperature": 0, "max_length": 40, "messages": [
                 {"role": "user", "content": "What is a ristretto?"},
                 {"role": "assistant", "content": "A short espresso of about 25 ml."},
                 {"role": "user", "content": "And a lungo?"}]}""", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer.body()).getString("response")).isNotBlank().doesNotContain("<|");
        HttpResponse<String> wrong = post("api/chat", "{\"messages\": [{\"role\": \"robot\", \"content\": \"hi\"}]}", "application/json");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("messages[0]");
    }

    @Test
    void everySentenceOfASummaryIsTracedToTheText() throws Exception {
        String text = "Espresso is brewed by forcing hot water through finely ground coffee at about 9 bar. "
                + "The water is usually between 90 and 96 degrees. A finer grind slows the water and extracts more. "
                + "Some people like music in the morning. Extraction that runs too long makes espresso bitter. "
                + "Baristas adjust the grind until the espresso tastes balanced.";
        HttpResponse<String> answer = post("api/summarize", Json.createObjectBuilder().add("text", text).add("max_sentences", 2)
                .build().toString(), "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonObject> sentences = json(answer.body()).getJsonArray("sentences").getValuesAs(JsonObject.class);
        assertThat(sentences).hasSizeBetween(1, 2);
        for (JsonObject sentence : sentences) {
            JsonObject source = sentence.getJsonObject("source");
            assertThat(text.substring(source.getInt("start"), source.getInt("end"))).isEqualTo(source.getString("text"));
            if (sentence.getString("kind").equals("extracted")) {
                assertThat(sentence.getString("text")).isEqualTo(source.getString("text"));
            }
        }
        assertThat(post("api/summarize", "{\"text\": \"\", \"max_sentences\": 40}", "application/json").body())
                .contains("\"field\":\"text\"").contains("\"field\":\"max_sentences\"");
    }

    private static String modelStatus(String name) throws Exception {
        return Json.createReader(new StringReader(get("api/models").body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals(name)).findFirst().orElseThrow().getString("status");
    }

    private static HttpResponse<String> post(String body, String accept) throws Exception {
        return post("api/generate", body, accept);
    }

    private static HttpResponse<String> post(String path, String body, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve(path))
                .header("Content-Type", "application/json").header("Accept", accept).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
