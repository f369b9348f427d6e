package org.filspresso.ai;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.filspresso.testing.Deployments;
import org.filspresso.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kafelot's classification and its administrators' model life cycle on the deployed application:
 * the shipped Tanka classifies; an administrator trains a model with the real training pipeline
 * (PyTorch, a few steps), follows the job, sees it refused against the shipped model, forces it into
 * service, sees a worse one refused, and takes it out of service again (the shipped one answers).
 */
@ExtendWith(ArquillianExtension.class)
class KafelotTrainingIT {

    /** A few steps of a small batch: the pipeline end to end, not a useful model. */
    private static final String SHORT_RUN = "{\"model\": \"villanelle\", \"epochs\": 1, \"steps_per_epoch\": %d, \"batch\": 1,"
            + " \"seq\": 32, \"learning_rate\": %s}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @Test
    void theShippedTankaClassifiesWithAConfidence() {
        WebSession anyone = new WebSession();
        HttpResponse<String> answer = anyone.json("POST", "api/classify", "{\"text\": \"I make it with a French press and coarse grounds\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject body = json(answer.body());
        assertThat(body.getString("model")).isEqualTo("tanka");
        JsonObject results = body.getJsonObject("results");
        assertThat(results.keySet()).containsExactlyInAnyOrder("coffee_type", "brewing_method", "intent");
        JsonObject method = results.getJsonObject("brewing_method");
        assertThat(method.getString("label")).isEqualTo("French press");
        double sum = method.getJsonObject("probabilities").values().stream().mapToDouble(v -> ((jakarta.json.JsonNumber) v).doubleValue()).sum();
        assertThat(sum).isBetween(0.99, 1.01);
        assertThat(method.getJsonNumber("confidence").doubleValue()).isEqualTo(
                method.getJsonObject("probabilities").getJsonNumber("French press").doubleValue());

        HttpResponse<String> intent = anyone.json("POST", "api/classify", "{\"text\": \"How much caffeine is in a ristretto?\", \"task\": \"intent\"}");
        JsonObject intentResults = json(intent.body()).getJsonObject("results");
        assertThat(intentResults.keySet()).containsExactly("intent");
        assertThat(intentResults.getJsonObject("intent").getString("label")).isEqualTo("chemistry");

        HttpResponse<String> wrong = anyone.json("POST", "api/classify", "{\"text\": \"\", \"task\": \"mood\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrong.body()).contains("\"field\":\"text\"").contains("\"field\":\"task\"");
    }

    @Test
    void onlyAdministratorsTrainOrSaveModels() {
        HttpResponse<String> anonymous = new WebSession().json("POST", "api/train", "{\"model\": \"tanka\"}");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        WebSession customer = new WebSession();
        customer.register("Ana Trainer", "ana-" + UUID.randomUUID() + "@example.com", "Espresso-lover-2026");
        assertThat(customer.json("POST", "api/train", "{\"model\": \"tanka\"}").statusCode()).isEqualTo(403);
        assertThat(customer.json("POST", "api/save-model", "{\"job_id\": \"20261124-000000-0000\"}").statusCode()).isEqualTo(403);
        assertThat(customer.json("GET", "api/train", null).statusCode()).isEqualTo(403);
        assertThat(customer.json("DELETE", "api/models/tanka", null).statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorTrainsSavesAndRemovesAModel() throws Exception {
        WebSession admin = WebSession.signedInAdmin("admin");
        HttpResponse<String> invalid = admin.json("POST", "api/train", "{\"model\": \"gpt\", \"epochs\": 0}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"model\"").contains("\"field\":\"epochs\"");

        HttpResponse<String> started = admin.json("POST", "api/train", SHORT_RUN.formatted(4, "0.001"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String jobId = json(started.body()).getString("job_id");
        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/train/" + jobId));
        HttpResponse<String> second = admin.json("POST", "api/train", SHORT_RUN.formatted(1, "0.001"));
        assertThat(second.statusCode()).as("one job at a time").isEqualTo(409);
        assertThat(second.body()).contains(jobId);

        JsonObject job = awaitEnd(admin, jobId);
        assertThat(job.getString("status")).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.getJsonArray("epochs")).hasSize(1);
        assertThat(job.getJsonArray("epochs").getJsonObject(0).getJsonNumber("val_perplexity").doubleValue()).isPositive();
        assertThat(admin.json("GET", "api/train", null).body()).contains(jobId);

        // A few steps are no match for the shipped Villanelle: refused unless the administrator forces it in.
        HttpResponse<String> notBetter = admin.json("POST", "api/save-model", "{\"job_id\": \"" + jobId + "\"}");
        assertThat(notBetter.statusCode()).as(notBetter.body()).isEqualTo(409);
        assertThat(notBetter.body()).contains("not better").contains("force");
        assertThat(model(admin, "villanelle").getString("source")).isEqualTo("shipped");
        HttpResponse<String> saved = admin.json("POST", "api/save-model", "{\"job_id\": \"" + jobId + "\", \"force\": true}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved.body()).getString("model")).isEqualTo("villanelle");
        JsonObject villanelle = model(admin, "villanelle");
        assertThat(villanelle.getString("status")).isEqualTo("ready");
        assertThat(villanelle.getString("source")).endsWith("villanelle").isNotEqualTo("shipped");
        HttpResponse<String> generated = admin.json("POST", "api/generate", "{\"model\": \"villanelle\", \"prompt\": \"Espresso\", \"max_length\": 4}");
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
        assertThat(json(generated.body()).getString("model")).isEqualTo("villanelle");

        // Barely trained: its held-out perplexity is worse than the saved one's, so it is not put into service.
        String worseId = json(admin.json("POST", "api/train", SHORT_RUN.formatted(1, "0.000001")).body()).getString("job_id");
        assertThat(awaitEnd(admin, worseId).getString("status")).isEqualTo("succeeded");
        HttpResponse<String> refused = admin.json("POST", "api/save-model", "{\"job_id\": \"" + worseId + "\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("not better");
        assertThat(model(admin, "villanelle").getString("source")).isEqualTo(villanelle.getString("source"));

        // Removing the administrator's version puts the shipped one back into service.
        assertThat(admin.json("DELETE", "api/models/villanelle", null).statusCode()).isEqualTo(204);
        assertThat(model(admin, "villanelle").getString("source")).isEqualTo("shipped");
        assertThat(admin.json("DELETE", "api/models/villanelle", null).statusCode()).isEqualTo(404);
    }

    private static JsonObject awaitEnd(WebSession admin, String jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        JsonObject job;
        do {
            Thread.sleep(1000);
            HttpResponse<String> response = admin.json("GET", "api/train/" + jobId, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            job = json(response.body());
        } while (job.getString("status").equals("running") && Instant.now().isBefore(deadline));
        return job;
    }

    private static JsonObject model(WebSession session, String name) {
        JsonArray models = Json.createReader(new StringReader(session.json("GET", "api/models", null).body())).readArray();
        return models.getValuesAs(JsonObject.class).stream().filter(m -> m.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
