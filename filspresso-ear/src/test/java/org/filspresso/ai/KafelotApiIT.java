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
import org.filspresso.testing.WebSession;
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
    void aClientThatDoesNotAskForAStreamGetsJson() throws Exception {
        String chat = "{\"model\": \"tanka\", \"max_length\": 16, \"messages\": [{\"role\": \"user\", \"content\": \"What is a lungo?\"}]}";
        for (String[] call : List.of(new String[] {"api/generate", LUNGO}, new String[] {"api/chat", chat})) {
            HttpResponse<String> anything = post(call[0], call[1], "*/*");
            HttpResponse<String> unsaid = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve(call[0]))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(call[1])).build(), HttpResponse.BodyHandlers.ofString());
            for (HttpResponse<String> answer : List.of(anything, unsaid)) {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type")).as(call[0]).hasValue("application/json");
                assertThat(json(answer.body()).getString("response")).isNotBlank();
            }
        }
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
        // A model that learnt nothing scores about the vocabulary size (24,930); Tanka has not read the newest essays yet.
        assertThat(models.getValuesAs(JsonObject.class)).allSatisfy(model ->
                assertThat(model.getJsonObject("metrics").getJsonNumber("val_perplexity").doubleValue()).isLessThan(1_000));
        assertThat(perplexity(models, "ode")).as("after the same training, the bigger model reads our text better")
                .isLessThan(perplexity(models, "villanelle"));
    }

    private static double perplexity(JsonArray models, String name) {
        return models.getValuesAs(JsonObject.class).stream().filter(model -> model.getString("name").equals(name)).findFirst()
                .orElseThrow().getJsonObject("metrics").getJsonNumber("val_perplexity").doubleValue();
    }

    @Test
    void chatAnswersTheLastTurnFromRetrievedPassagesAndCitesThem() throws Exception {
        HttpResponse<String> answer = post("api/chat", """
                {"model": "tanka", "temperature": 0, "max_length": 60, "messages": [
                 {"role": "user", "content": "What water temperature should I brew coffee at?"},
                 {"role": "assistant", "content": "Usually between 90 and 96 °C."},
                 {"role": "user", "content": "And for a dark roast?"}]}""", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject reply = json(answer.body());
        assertThat(reply.getString("response")).isNotBlank().doesNotContain("<|");
        List<JsonObject> sources = reply.getJsonArray("sources").getValuesAs(JsonObject.class);
        assertThat(sources).isNotEmpty().allSatisfy(source -> assertThat(source.getString("url")).startsWith("/"));
        assertThat(sources).anyMatch(source -> source.getString("title").toLowerCase().contains("temperature"));
        if (!reply.getBoolean("grounded")) {
            assertThat(reply.getString("note")).startsWith("Quoted from the sources");
            assertThat(reply.getString("finish")).isEqualTo("extracted");
        }

        HttpResponse<String> wrong = post("api/chat", "{\"messages\": [{\"role\": \"robot\", \"content\": \"hi\"}]}", "application/json");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("messages[0]");
    }

    @Test
    void withNothingRelevantTheAssistantSaysItDoesNotKnowAndOrdersNeedASignedInOwner() throws Exception {
        JsonObject offTopic = json(post("api/chat", "{\"messages\": [{\"role\": \"user\", \"content\": "
                + "\"Who won the football world cup in 1998?\"}]}", "application/json").body());
        assertThat(offTopic.getString("response")).startsWith("I don't know");
        assertThat(offTopic.getJsonArray("sources")).isEmpty();

        JsonObject orders = json(post("api/chat", "{\"messages\": [{\"role\": \"user\", \"content\": \"Where is my order?\"}]}",
                "application/json").body());
        assertThat(orders.getString("response")).isEqualTo("Sign in and I can tell you about your orders.");

        WebSession newcomer = new WebSession();
        newcomer.register("Radu Nou", "chat." + java.util.UUID.randomUUID() + "@example.com", "a long coffee passphrase");
        JsonObject own = json(newcomer.json("POST", "api/chat", "{\"messages\": [{\"role\": \"user\", \"content\": "
                + "\"When will my order arrive?\"}]}").body());
        assertThat(own.getString("response")).isEqualTo("You have no orders yet.");
        assertThat(own.getJsonArray("sources").getValuesAs(JsonObject.class)).extracting(source -> source.getString("url"))
                .containsExactly("/account/orders");
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
