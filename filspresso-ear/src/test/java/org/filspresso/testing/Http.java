package org.filspresso.testing;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the tests: GET a path of the deployed application. */
public final class Http {

    // HTTP/1.1 as browsers speak it on plain http: Java's default would upgrade to cleartext HTTP/2
    // (h2c), a path no browser takes and on which Grizzly does not compress.
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(String path, String accept) {
        return send(path, Map.of("Accept", accept));
    }

    /** GET with the given request headers; the body is read as text whatever its encoding. */
    public static HttpResponse<String> send(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(Deployments.baseUri().resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> getJson(String path) {
        return get(path, "application/json");
    }

    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
