package org.filspresso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filspresso.testing.Http.get;
import static org.filspresso.testing.Http.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.filspresso.testing.Http;
import org.filspresso.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR on Payara Server with MariaDB: health, migrations and the API description. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @Test
    void readinessReportsTheDatabaseUpAtTheLatestSchemaVersion() {
        HttpResponse<String> response = get("health/ready", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = json(response).asJsonObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("product")).isEqualTo("MariaDB");
        assertThat(database.getJsonObject("data").getString("schemaVersion")).isEqualTo("5");
    }

    @Test
    void livenessIsUpOnceStartUpHasMigratedTheSchema() {
        HttpResponse<String> response = get("health/live", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).asJsonObject().getString("status")).isEqualTo("UP");
    }

    @Test
    void catalogSearchesAreTimedInTheApplicationMetrics() {
        assertThat(get("api/catalog/coffees?system=original", "application/json").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = get("metrics?scope=application", "text/plain");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).containsPattern("catalog_coffee_searches_seconds_count\\{[^}]*\\} [1-9]");
    }

    @Test
    void pagesAndApiAnswersAreCompressedAndCarrySecurityHeaders() {
        for (String path : List.of("coffees", "api/catalog/coffees")) {
            HttpResponse<String> response = Http.send(path, Map.of("Accept-Encoding", "gzip"));

            assertThat(response.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
        }
    }

    @Test
    void openApiDocumentListsTheCatalogResourcesWithTheirFilters() {
        HttpResponse<String> response = get("openapi", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject paths = json(response).asJsonObject().getJsonObject("paths");
        assertThat(paths.keySet()).contains(
                "/api/catalog/coffees", "/api/catalog/coffees/{system}/{slug}",
                "/api/catalog/machines", "/api/catalog/machines/{slug}", "/api/catalog/capsule-volumes");
        assertThat(paths.getJsonObject("/api/catalog/coffees").getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(JsonObject.class)).extracting(p -> p.getString("name"))
                .contains("system", "intensityMin", "intensityMax", "cupSize", "origin", "decaf", "priceMin", "priceMax", "q");
    }
}
