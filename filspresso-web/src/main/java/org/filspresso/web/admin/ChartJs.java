package org.filspresso.web.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code <p:chart value="...">}. PrimeFaces 15 has no chart model classes
 * any more: the component takes the whole Chart.js configuration ({type, data, options}) as JSON and
 * writes it unchanged into an inline script, so it is built with JSON-P (never by concatenation) and
 * made safe to sit inside {@code <script>}.
 */
final class ChartJs {

    /** The storefront's palette (filspresso.css), so the charts look like the rest of the shop. */
    static final List<String> PALETTE = List.of("#9c4a1f", "#c8a27a", "#3b2418", "#2e7d32", "#8a5100", "#6e625a");

    private ChartJs() {
    }

    /** Vertical bars (one per label), or horizontal ones for long labels such as product names. */
    static String bar(List<String> labels, String seriesLabel, List<BigDecimal> values, String color, boolean horizontal,
                      String valueAxisTitle) {
        JsonObjectBuilder valueAxis = Json.createObjectBuilder()
                .add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", valueAxisTitle));
        JsonObjectBuilder options = baseOptions(false)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", seriesLabel)
                                .add("data", numbers(values))
                                .add("backgroundColor", color))))
                .add("options", options)
                .build();
        return forScript(config);
    }

    static String doughnut(List<String> labels, List<BigDecimal> values) {
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colors.add(PALETTE.get(i % PALETTE.size()));
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder()
                        .add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", numbers(values))
                                .add("backgroundColor", colors))))
                .add("options", baseOptions(true))
                .build();
        return forScript(config);
    }

    /** Fills the CSS-sized box (.admin-chart) instead of keeping Chart.js's default 2:1 ratio. */
    private static JsonObjectBuilder baseOptions(boolean legend) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", legend).add("position", "bottom")));
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<BigDecimal> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    /**
     * JSON whose strings (product names) cannot end the inline script: a less-than sign only occurs
     * inside JSON strings, where its unicode escape (backslash, u003c) means the same character.
     */
    static String forScript(JsonObject config) {
        return config.toString().replace("<", "\\u003c");
    }
}
