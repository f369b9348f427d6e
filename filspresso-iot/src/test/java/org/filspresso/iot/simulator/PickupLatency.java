package org.filspresso.iot.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (bench/iot.sh): devices long-poll {@code check?wait=25}; commands are created one by
 * one with an API key; prints the time from sending the create request to the device receiving the command.
 *
 * <pre>java ... PickupLatency BASE_URL API_KEY DEVICES_FILE COMMANDS</pre>
 * DEVICES_FILE holds "machine_id token" lines.
 */
public final class PickupLatency {

    private static final Pattern COMMAND_ID = Pattern.compile("\"command_id\":(\\d+)");

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String apiKey = args[1];
        List<String[]> devices = Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).map(l -> l.split(" ")).toList();
        int commands = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(8)).build();

        ConcurrentHashMap<Long, Long> receivedAt = new ConcurrentHashMap<>();
        ExecutorService pollers = Executors.newFixedThreadPool(devices.size());
        for (String[] device : devices) {
            DeviceSimulator simulator = new DeviceSimulator(http, base, Long.parseLong(device[0]), device[1], Duration.ZERO);
            pollers.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    HttpResponse<String> answer = simulator.check(25);
                    if (answer.statusCode() == 200) {
                        Matcher id = COMMAND_ID.matcher(answer.body());
                        if (id.find()) {
                            receivedAt.put(Long.parseLong(id.group(1)), System.nanoTime());
                        }
                    }
                }
                return null;
            });
        }
        Thread.sleep(2_000); // every device parked

        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < commands; i++) {
            String[] device = devices.get(i % devices.size());
            String body = "{\"machine_id\": " + device[0] + ", \"recipe\": {\"volume_ml\": 40, \"temperature_c\": 92,"
                    + " \"pre_infusion_ms\": 0, \"capsule_type\": \"original\", \"capsule_variant\": \"espresso\"}, \"execute_allowed\": false}";
            long createdAt = System.nanoTime();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("api/commands/create"))
                    .header("X-Api-Key", apiKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = COMMAND_ID.matcher(created.body());
            if (!id.find()) {
                throw new IllegalStateException("create failed: " + created.statusCode() + " " + created.body());
            }
            long commandId = Long.parseLong(id.group(1));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!receivedAt.containsKey(commandId) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            Long got = receivedAt.get(commandId);
            latencies.add(got == null ? 10_000.0 : Math.max(0, got - createdAt) / 1e6);
            Thread.sleep(50);
        }
        pollers.shutdownNow();
        Collections.sort(latencies);
        System.out.printf("create→pick-up over %d commands, %d long-polling devices: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                commands, devices.size(), percentile(latencies, 50), percentile(latencies, 99), latencies.get(latencies.size() - 1));
        System.exit(0);
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
