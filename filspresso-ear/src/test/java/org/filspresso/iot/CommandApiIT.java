package org.filspresso.iot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.iot.command.CommandHistory;
import org.filspresso.iot.command.CommandService;
import org.filspresso.iot.command.CommandStatus;
import org.filspresso.iot.device.ApiClientService;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The device contract over HTTP, every endpoint and every error, against the deployed application. */
@ExtendWith(ArquillianExtension.class)
class CommandApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String LUNGO = "{\"machine_id\": %d, \"recipe\": {\"volume_ml\": 110, \"temperature_c\": 92,"
            + " \"pre_infusion_ms\": 1500, \"capsule_type\": \"original\", \"capsule_variant\": \"lungo\"},"
            + " \"execute_allowed\": true, \"meta\": {\"source\": \"test\"}}";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEarWithTests(CommandApiIT.class);
    }

    @EJB
    AccountService accounts;
    @Inject
    DeviceService devices;
    @Inject
    ApiClientService apiClients;
    @Inject
    CommandService commands;

    private String apiKey;
    private long machine;
    private String token;
    private long otherMachine;
    private String otherToken;

    @BeforeEach
    void pairTwoMachines() {
        apiKey = apiClients.create("test client").key();
        Customer owner = accounts.register("Ana Pop", "api." + UUID.randomUUID() + "@example.com", "a long coffee passphrase");
        DeviceService.Pairing first = devices.pair(owner.id(), "Kitchen", "Krups Essenza Mini XN110", CapsuleSystem.ORIGINAL);
        DeviceService.Pairing second = devices.pair(owner.id(), "Office", "Krups Essenza Mini XN110", CapsuleSystem.ORIGINAL);
        machine = first.device().id();
        token = first.token();
        otherMachine = second.device().id();
        otherToken = second.token();
    }

    @Test
    void createCheckAndUpdateFollowTheContract() {
        HttpResponse<String> created = post("api/commands/create", LUNGO.formatted(machine), "X-Api-Key", apiKey);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject answer = json(created);
        assertThat(answer.getString("status")).isEqualTo("created");
        long id = answer.getJsonNumber("command_id").longValue();

        HttpResponse<String> work = get("api/commands/check/" + machine, "Authorization", "Bearer " + token);
        assertThat(work.statusCode()).isEqualTo(200);
        JsonObject command = json(work);
        assertThat(command.getJsonNumber("command_id").longValue()).isEqualTo(id);
        assertThat(command.getJsonObject("recipe").getInt("volume_ml")).isEqualTo(110);
        assertThat(command.getJsonObject("recipe").getString("capsule_variant")).isEqualTo("lungo");
        assertThat(command.getBoolean("execute_allowed")).isTrue();
        assertThat(command.getJsonObject("meta").getString("source")).isEqualTo("test");
        assertThat(command.isNull("accessory_instructions")).isTrue();
        assertThat(command.getString("created_at")).isNotBlank();

        assertThat(get("api/commands/check/" + machine, "X-Device-Token", token).statusCode()).as("nothing more").isEqualTo(204);

        for (String status : new String[] {"brewing", "complete", "complete"}) {
            HttpResponse<String> updated = post("api/commands/update/" + id,
                    "{\"status\": \"" + status + "\", \"meta\": {\"actual_volume_ml\": 108}}", "X-Device-Token", token);
            assertThat(updated.statusCode()).as(status).isEqualTo(200);
            assertThat(json(updated).getString("status")).isEqualTo("updated");
        }
        assertThat(commands.history(id)).extracting(CommandHistory::newStatus)
                .containsExactly(CommandStatus.PENDING, CommandStatus.DISPATCHED, CommandStatus.BREWING, CommandStatus.COMPLETE);
        assertThat(commands.history(id).get(0).actor()).isEqualTo("api:test client");
        assertThat(commands.history(id).get(2).actor()).isEqualTo("device:" + machine);

        HttpResponse<String> conflict = post("api/commands/update/" + id, "{\"status\": \"brewing\"}", "X-Device-Token", token);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("\"current_status\"").contains("complete");
    }

    @Test
    void devicesNeedTheirOwnTokenAndSeeOnlyTheirOwnCommands() {
        long id = json(post("api/commands/create", LUNGO.formatted(machine), "X-Api-Key", apiKey)).getJsonNumber("command_id").longValue();

        HttpResponse<String> anonymous = get("api/commands/check/" + machine);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("api/commands/check/" + machine, "X-Device-Token", "fdt_made-up").statusCode()).isEqualTo(401);
        assertThat(get("api/commands/check/" + machine, "X-Device-Token", otherToken).statusCode()).isEqualTo(403);
        assertThat(post("api/commands/update/" + id, "{\"status\": \"brewing\"}", "X-Device-Token", otherToken).statusCode()).isEqualTo(404);

        assertThat(post("api/commands/create", LUNGO.formatted(machine), "X-Api-Key", "fak_wrong").statusCode()).isEqualTo(401);
        assertThat(post("api/commands/create", LUNGO.formatted(machine)).statusCode()).as("no key, not signed in").isEqualTo(401);

        String rotated = devices.rotateToken(devices.device(machine).orElseThrow().ownerId(), machine).token();
        assertThat(get("api/commands/check/" + machine, "X-Device-Token", token).statusCode()).as("old token").isEqualTo(401);
        assertThat(get("api/commands/check/" + machine, "X-Device-Token", rotated).statusCode()).isEqualTo(200);
    }

    @Test
    void badPayloadsGetAProblemNamingTheField() {
        HttpResponse<String> wrongSystem = post("api/commands/create", """
                {"machine_id": %d, "recipe": {"volume_ml": 500, "temperature_c": 150, "pre_infusion_ms": -5,
                 "capsule_type": "vertuo", "capsule_variant": "mug"}}""".formatted(machine), "X-Api-Key", apiKey);
        assertThat(wrongSystem.statusCode()).isEqualTo(400);
        assertThat(wrongSystem.body()).contains("recipe.capsule_type").contains("recipe.temperature_c").contains("recipe.pre_infusion_ms");

        assertThat(post("api/commands/create", "not json", "X-Api-Key", apiKey).body()).contains("\"field\":\"body\"");
        assertThat(post("api/commands/create", "", "X-Api-Key", apiKey).statusCode()).isEqualTo(400);
        assertThat(post("api/commands/create", LUNGO.formatted(machine).replace("110,", "1e30,"), "X-Api-Key", apiKey).body())
                .contains("recipe.volume_ml");
        assertThat(post("api/commands/create", LUNGO.formatted(987654321), "X-Api-Key", apiKey).statusCode()).isEqualTo(404);
        assertThat(post("api/commands/create", "{\"machine_id\": 1, \"meta\": \"" + "x".repeat(20_000) + "\"}", "X-Api-Key", apiKey)
                .statusCode()).isEqualTo(413);

        long id = json(post("api/commands/create", LUNGO.formatted(machine), "X-Api-Key", apiKey)).getJsonNumber("command_id").longValue();
        HttpResponse<String> unknownStatus = post("api/commands/update/" + id, "{\"status\": \"exploded\"}", "X-Device-Token", token);
        assertThat(unknownStatus.statusCode()).isEqualTo(400);
        assertThat(unknownStatus.body()).contains("\"field\":\"status\"").doesNotContain("Exception");
    }

    @Test
    void aLongPollingDeviceGetsANewCommandAtOnce() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = HTTP.sendAsync(request("api/commands/check/" + machine + "?wait=20",
                "X-Device-Token", token).GET().build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500); // let the check park
        long created = System.nanoTime();
        long id = json(post("api/commands/create", LUNGO.formatted(machine), "X-Api-Key", apiKey)).getJsonNumber("command_id").longValue();

        HttpResponse<String> work = waiting.get();
        long latencyMs = (System.nanoTime() - created) / 1_000_000;
        assertThat(work.statusCode()).isEqualTo(200);
        assertThat(json(work).getJsonNumber("command_id").longValue()).isEqualTo(id);
        assertThat(latencyMs).as("woken by the JMS message, not by the 20 s timeout").isLessThan(10_000);
        assertThat(get("api/commands/check/" + machine + "?wait=1", "X-Device-Token", token).statusCode())
                .as("an empty long poll ends with 204").isEqualTo(204);
    }

    @Test
    void theContractIsDocumentedInOpenApiWithExamples() {
        String openapi = get("openapi").body();
        assertThat(openapi).contains("/api/commands/create").contains("/api/commands/check/{machine_id}")
                .contains("/api/commands/update/{command_id}").contains("capsule_variant").as("the examples").contains("421");
    }

    // ---- helpers ----

    private static HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(Deployments.baseUri().resolve(path)).timeout(Duration.ofSeconds(40));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    private static HttpResponse<String> post(String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
