// Decoding speed of the Kafelot models through the running application's /api/generate:
//   java bench/KafelotBench.java [base-url] [model] [requests-per-level] [max-length]
// For each concurrency (1, 2, 4) it sends greedy requests and reports generated tokens per second
// (per request and in total), latency p50/p95 and how many were turned away (503).
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class KafelotBench {

    static final List<String> PROMPTS = List.of("What is a lungo?", "How do I descale my machine?",
            "Which coffee has chocolate notes?", "Why is my espresso sour?", "What does roasting do to the bean?",
            "How much caffeine is in a ristretto?", "Explain pre-infusion.", "What is the best water for coffee?");
    static final Pattern TOKENS = Pattern.compile("\"tokens\":(\\d+)");

    record Result(int status, int tokens, long millis) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        String model = args.length > 1 ? args[1] : "tanka";
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int maxLength = args.length > 3 ? Integer.parseInt(args[3]) : 128;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run(http, base, model, 4, maxLength, 1); // warm-up
        System.out.printf("model %s, greedy, max_length %d, %d requests per level%n", model, maxLength, requests);
        System.out.println("concurrency | tok/s per request | tok/s total | p50 ms | p95 ms | 503");
        for (int concurrency : new int[] {1, 2, 4}) {
            long started = System.nanoTime();
            List<Result> results = run(http, base, model, requests, maxLength, concurrency);
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Long> latencies = new ArrayList<>();
            int tokens = 0;
            int busy = 0;
            double perRequest = 0;
            for (Result r : results) {
                if (r.status() == 200) {
                    latencies.add(r.millis());
                    tokens += r.tokens();
                    perRequest += r.tokens() * 1000.0 / r.millis();
                } else if (r.status() == 503) {
                    busy++;
                }
            }
            Collections.sort(latencies);
            int ok = latencies.size();
            System.out.printf("%11d | %17.0f | %11.0f | %6d | %6d | %3d%n", concurrency, ok == 0 ? 0 : perRequest / ok, tokens / seconds,
                    ok == 0 ? 0 : latencies.get(ok / 2), ok == 0 ? 0 : latencies.get(Math.min(ok - 1, (int) (ok * 0.95))), busy);
        }
    }

    static List<Result> run(HttpClient http, String base, String model, int requests, int maxLength, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Result>> futures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String prompt = PROMPTS.get(i % PROMPTS.size());
            String body = "{\"model\": \"" + model + "\", \"prompt\": \"" + prompt + "\", \"max_length\": " + maxLength
                    + ", \"temperature\": 0}";
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base).resolve("api/generate"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = TOKENS.matcher(answer.body());
                return new Result(answer.statusCode(), m.find() ? Integer.parseInt(m.group(1)) : 0, (System.nanoTime() - t) / 1_000_000);
            }));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        return results;
    }
}
