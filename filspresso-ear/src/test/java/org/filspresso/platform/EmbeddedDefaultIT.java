package org.filspresso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.filspresso.testing.DomainScript;
import org.filspresso.testing.ShopPages;
import org.filspresso.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded default that {@code ./filspresso run} serves: the same domain script with DB=h2
 * (an H2 file under the data directory), on its own ports, with the EAR this build produced.
 */
class EmbeddedDefaultIT {

    private static final int PORT_BASE = 29000;
    private static final Path SERVER_LOG = DomainScript.HOME.resolve("domains/filspresso-h2/logs/server.log");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startDomainWithTheEmbeddedDatabase() throws Exception {
        domain("start");
        domain("deploy", System.getProperty("it.ear", "target/filspresso.ear"));
    }

    @AfterAll
    static void stopDomain() throws Exception {
        domain("stop");
    }

    @Test
    void servesTheSeededCatalogFromH2() throws Exception {
        JsonObject health = json(get("/health/ready"));
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getJsonObject(0).getJsonObject("data").getString("product")).isEqualTo("H2");

        assertThat(json(get("/api/catalog/coffees?limit=1")).getInt("total")).isEqualTo(100);
        HttpResponse<String> page = get("/coffees?decaf=true");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Volluto Decaffeinato");
    }

    @Test
    void theDatabaseSurvivesARestartWithoutBeingSeededAgain() throws Exception {
        domain("stop");
        domain("start");
        domain("deploy", System.getProperty("it.ear", "target/filspresso.ear"));

        assertThat(json(get("/health/ready")).getString("status")).isEqualTo("UP");
        assertThat(Files.readString(SERVER_LOG)).contains("0 migration(s) applied now");
        assertThat(json(get("/api/catalog/machines?limit=1")).getInt("total")).isEqualTo(18);
    }

    @Test
    void aShopperRegistersAndBuysOnTheEmbeddedDatabase() {
        WebSession shopper = new WebSession(URI.create("http://localhost:" + (PORT_BASE + 80) + "/"));
        HttpResponse<String> registered = shopper.submit(shopper.get("register"), "register", "register:createAccount", Map.of(
                "register:fullName", "Ana Pop", "register:email", "h2." + UUID.randomUUID() + "@example.com",
                "register:password", "a long coffee passphrase"));
        assertThat(registered.uri().getPath()).isEqualTo("/account");

        assertThat(ShopPages.addFirstProductToCart(shopper, "coffees?intensityMin=8").body()).contains("added to your cart");

        HttpResponse<String> confirmation = shopper.submit(shopper.get("checkout"), "checkout", "checkout:placeOrder", Map.ofEntries(
                Map.entry("checkout:addressChoice", "new"), Map.entry("checkout:fullName", "Ana Pop"),
                Map.entry("checkout:phone", "0722123456"), Map.entry("checkout:street", "Strada Memorandumului 28"),
                Map.entry("checkout:city", "Cluj-Napoca"), Map.entry("checkout:county", "Cluj"),
                Map.entry("checkout:postalCode", "400114"), Map.entry("checkout:delivery", "STANDARD"),
                Map.entry("checkout:cardChoice", "new"), Map.entry("checkout:number", "5555 5555 5555 4444"),
                Map.entry("checkout:expiryMonth", "11"), Map.entry("checkout:expiryYear", "2031"),
                Map.entry("checkout:cvc", "321"), Map.entry("checkout:holderName", "Ana Pop")));
        assertThat(confirmation.uri().getPath()).startsWith("/checkout/confirmation/FS-");
        String number = confirmation.uri().getPath().substring("/checkout/confirmation/".length());
        assertThat(shopper.get("account/orders").body()).contains(number);
        assertThat(shopper.get("account/order/" + number).body()).contains("Mastercard •••• 4444");
    }

    private static void domain(String... arguments) {
        DomainScript.run(Map.of("DOMAIN_NAME", "filspresso-h2", "PORT_BASE", String.valueOf(PORT_BASE), "DB", "h2"), arguments);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + (PORT_BASE + 80) + path);
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
