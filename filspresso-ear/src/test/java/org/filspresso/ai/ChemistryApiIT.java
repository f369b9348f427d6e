package org.filspresso.ai;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.filspresso.testing.Deployments;
import org.filspresso.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Chemistry mode's API in the deployed application: molecules, their drawings, processes, and the errors. */
@ExtendWith(ArquillianExtension.class)
class ChemistryApiIT {

    private final WebSession anyone = new WebSession();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @Test
    void caffeineIsFoundByAnyOfItsNamesWithALinkToItsDrawing() {
        HttpResponse<String> byAlias = anyone.get("api/molecules/theine");

        assertThat(byAlias.statusCode()).isEqualTo(200);
        JsonObject caffeine = (JsonObject) json(byAlias.body());
        assertThat(caffeine.getString("name")).isEqualTo("caffeine");
        assertThat(caffeine.getString("formula")).isEqualTo("C8H10N4O2");
        assertThat(caffeine.getJsonNumber("molar_mass").doubleValue()).isBetween(194.1, 194.3);
        String drawing = caffeine.getString("structure_svg");
        assertThat(drawing).endsWith("/api/molecules/caffeine/structure.svg");

        HttpResponse<String> svg = anyone.get(drawing.substring(drawing.indexOf("api/")));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg").contains("</svg>");
    }

    @Test
    void moleculesAreListedAndFilteredByCategoryAndProcess() {
        JsonArray all = (JsonArray) json(anyone.get("api/molecules").body());
        JsonArray alkaloids = (JsonArray) json(anyone.get("api/molecules?category=alkaloid").body());
        JsonArray maillard = (JsonArray) json(anyone.get("api/molecules?process=maillard").body());

        assertThat(all).hasSizeGreaterThanOrEqualTo(22);
        assertThat(alkaloids.getValuesAs(JsonObject.class)).extracting(m -> m.getString("name")).contains("caffeine", "trigonelline")
                .hasSizeLessThan(all.size());
        assertThat(maillard).isNotEmpty();
        JsonObject process = (JsonObject) json(anyone.get("api/molecules/processes/maillard").body());
        assertThat(process.getString("summary")).isNotBlank();
        assertThat(process.getJsonArray("molecules")).hasSameSizeAs(maillard);
    }

    @Test
    void unknownNamesAndFiltersAreProblemsNamingWhatWasWrong() {
        HttpResponse<String> unknown = anyone.get("api/molecules/unobtainium");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> category = anyone.get("api/molecules?category=plutonium");
        assertThat(category.statusCode()).isEqualTo(400);
        assertThat(category.body()).contains("\"field\":\"category\"").doesNotContain("Exception");
    }

    private static JsonStructure json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}
