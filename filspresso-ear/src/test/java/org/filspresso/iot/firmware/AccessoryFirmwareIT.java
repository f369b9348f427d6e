package org.filspresso.iot.firmware;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.iot.device.ApiClientService;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accessory's firmware core, built for the host with simulated hardware (esp32-sketch's
 * simulated-accessory), brewing commands of the deployed application over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class AccessoryFirmwareIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PATH_RESOURCE = "firmware-simulator.path";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.filspressoEarWithTests(AccessoryFirmwareIT.class);
        // The build knows where the simulator is; the server does not: the path travels with the test.
        String simulator = System.getProperty("it.firmware.simulator", "../esp32-sketch/target/host/simulated-accessory");
        ear.getAsType(WebArchive.class, "filspresso-web.war").addAsResource(new StringAsset(simulator), PATH_RESOURCE);
        return ear;
    }

    @EJB
    AccountService accounts;
    @Inject
    DeviceService devices;
    @Inject
    ApiClientService apiClients;
    @Resource(lookup = "jdbc/filspresso")
    DataSource database;

    private long machine;
    private String token;
    private String apiKey;

    @BeforeEach
    void pairAnAccessory() {
        Customer owner = accounts.register("Ana Pop", "firmware." + UUID.randomUUID() + "@example.com", "a long coffee passphrase");
        DeviceService.Pairing pairing = devices.pair(owner.id(), "Kitchen", "Krups Essenza Mini XN110", CapsuleSystem.ORIGINAL);
        machine = pairing.device().id();
        token = pairing.token();
        apiKey = apiClients.create("firmware test").key();
    }

    @Test
    void aCommandIsPickedUpBrewedAndReportedComplete() throws Exception {
        long id = create("lungo", 110, 1500, 3);

        Run run = runAccessory("none");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("brewing command " + id + " from slot 3").contains("command " + id + " complete");
        JsonObject status = status(id);
        assertThat(status.getString("status")).isEqualTo("complete");
        List<JsonObject> history = status.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(change -> change.getString("to")).containsExactly("pending", "dispatched", "brewing", "complete");
        JsonObject done = history.get(3).getJsonObject("meta");
        assertThat(done.getInt("actual_volume_ml")).isBetween(107, 112);
        assertThat(done.getInt("duration_ms")).as("simulated time, including 1.5 s of pre-infusion").isGreaterThan(45_000);
        assertThat(history.get(2).getString("by")).isEqualTo("device:" + machine);

        assertThat(historyRows(id)).containsExactly(
                "null>PENDING by api:firmware test",
                "PENDING>DISPATCHED by device:" + machine,
                "DISPATCHED>BREWING by device:" + machine,
                "BREWING>COMPLETE by device:" + machine);
    }

    @Test
    void aCapsuleThatCannotBePickedEndsFailedWithPickFailed() throws Exception {
        long id = create("espresso", 40, 0, null);

        Run run = runAccessory("pick");

        assertThat(run.exitCode()).as(run.output()).isZero();
        JsonObject status = status(id);
        assertThat(status.getString("status")).isEqualTo("failed");
        List<JsonObject> history = status.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(change -> change.getString("to")).containsExactly("pending", "dispatched", "brewing", "failed");
        JsonObject failed = history.get(3).getJsonObject("meta");
        assertThat(failed.getString("error")).isEqualTo("pick_failed");
        assertThat(failed.getString("stage")).isEqualTo("picking");
        assertThat(historyRows(id)).last().isEqualTo("BREWING>FAILED by device:" + machine);
    }

    @Test
    void theCommandStatusIsOnlyForThoseWhoMayReadIt() throws Exception {
        long id = create("ristretto", 25, 0, null);
        assertThat(get("api/commands/" + id, null).statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = get("api/commands/" + (id + 1_000_000), apiKey);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(get("api/commands/" + id, apiKey).body()).getString("status")).isEqualTo("pending");
    }

    private long create(String variant, int volume, int preInfusionMs, Integer slot) throws Exception {
        String instructions = slot == null ? "null" : "{\"slot\": " + slot + "}";
        String body = """
                {"machine_id": %d, "recipe": {"volume_ml": %d, "temperature_c": 92, "pre_infusion_ms": %d,
                 "capsule_type": "original", "capsule_variant": "%s"}, "meta": {"source": "firmware test"},
                 "accessory_instructions": %s}""".formatted(machine, volume, preInfusionMs, variant, instructions);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("api/commands/create"))
                .header("X-Api-Key", apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body()).getJsonNumber("command_id").longValue();
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs the simulated accessory until it has reported its first command (20x simulated time). */
    private Run runAccessory(String fault) throws IOException, InterruptedException {
        String simulator;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PATH_RESOURCE)) {
            simulator = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        Process process = new ProcessBuilder(simulator, "--server", Deployments.baseUri().toString(), "--machine-id",
                String.valueOf(machine), "--token", token, "--fault", fault, "--once", "--speed", "20", "--wait", "5",
                "--max-seconds", "90")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = process.waitFor(100, TimeUnit.SECONDS);
        return new Run(ended ? process.exitValue() : -1, output);
    }

    private JsonObject status(long id) throws Exception {
        HttpResponse<String> answer = get("api/commands/" + id, apiKey);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer.body());
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Deployments.baseUri().resolve(path)).GET();
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** command_history as stored: "OLD>NEW by actor", oldest first. */
    private List<String> historyRows(long id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT old_status, new_status, actor FROM command_history WHERE command_id = ? ORDER BY occurred_at, id")) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + ">" + result.getString(2) + " by " + result.getString(3));
                }
            }
        }
        return rows;
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
