package org.filspresso.iot.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A brewing accessory in software: it speaks the command contract as the firmware does (poll or
 * long-poll {@code check}, then {@code update} brewing and complete), with brewing time and faults
 * to inject. Used by the integration tests and the benchmark ({@code bench/iot.sh}).
 */
public final class DeviceSimulator {

    /** What can go wrong on the device's side. */
    public enum Fault {
        NONE,
        /** Takes the command and dies before saying "brewing": the lease must bring the command back. */
        CRASH_AFTER_DISPATCH,
        /** Dies after "brewing": the command must never be handed out again. */
        CRASH_AFTER_BREWING,
        /** Sends every update twice, as a device retrying on a flaky network would. */
        DUPLICATE_UPDATES,
        /** Reports a failure (a capsule it could not pick). */
        PICK_FAILURE
    }

    /** One round: the command worked on (if any) and the HTTP statuses of the updates sent. */
    public record Round(Optional<JsonObject> command, int[] updateStatuses) {
        public Optional<Long> commandId() {
            return command.map(c -> c.getJsonNumber("command_id").longValue());
        }
    }

    private final HttpClient http;
    private final URI base;
    private final long machineId;
    private final String token;
    private final Duration brewTime;

    public DeviceSimulator(HttpClient http, URI base, long machineId, String token, Duration brewTime) {
        this.http = http;
        this.base = base;
        this.machineId = machineId;
        this.token = token;
        this.brewTime = brewTime;
    }

    /** Asks for work; waits up to {@code waitSeconds} on the server (0 = plain polling). Returns the HTTP response. */
    public HttpResponse<String> check(int waitSeconds) throws IOException, InterruptedException {
        String query = waitSeconds > 0 ? "?wait=" + waitSeconds : "";
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/commands/check/" + machineId + query))
                .header("Authorization", "Bearer " + token)
                .header("X-Firmware-Version", "simulator-1.0")
                .timeout(Duration.ofSeconds(waitSeconds + 15L))
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public int update(long commandId, String status, JsonObject meta) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("status", status).add("meta", meta).build().toString();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/commands/update/" + commandId))
                .header("X-Device-Token", token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Checks once and, if there is work, brews it as the firmware would, with the given fault. */
    public Round runOnce(int waitSeconds, Fault fault) throws IOException, InterruptedException {
        HttpResponse<String> answer = check(waitSeconds);
        if (answer.statusCode() != 200) {
            return new Round(Optional.empty(), new int[0]);
        }
        JsonObject command;
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            command = reader.readObject();
        }
        long id = command.getJsonNumber("command_id").longValue();
        if (!command.getBoolean("execute_allowed") || fault == Fault.CRASH_AFTER_DISPATCH) {
            return new Round(Optional.of(command), new int[0]); // the firmware does not act on it
        }
        long started = System.currentTimeMillis();
        JsonObject startedMeta = Json.createObjectBuilder().add("started_at", started).build();
        int brewing = update(id, "brewing", startedMeta);
        int brewingAgain = fault == Fault.DUPLICATE_UPDATES ? update(id, "brewing", startedMeta) : 200;
        if (fault == Fault.CRASH_AFTER_BREWING) {
            return new Round(Optional.of(command), new int[] {brewing});
        }
        if (fault == Fault.PICK_FAILURE) {
            return new Round(Optional.of(command), new int[] {brewing,
                    update(id, "failed", Json.createObjectBuilder().add("error", "pick_failed").build())});
        }
        Thread.sleep(brewTime.toMillis());
        JsonObject done = Json.createObjectBuilder().add("started_at", started).add("completed_at", System.currentTimeMillis())
                .add("actual_volume_ml", command.getJsonObject("recipe").getInt("volume_ml")).build();
        int complete = update(id, "complete", done);
        if (fault == Fault.DUPLICATE_UPDATES) {
            return new Round(Optional.of(command), new int[] {brewing, brewingAgain, complete, update(id, "complete", done)});
        }
        return new Round(Optional.of(command), new int[] {brewing, complete});
    }
}
