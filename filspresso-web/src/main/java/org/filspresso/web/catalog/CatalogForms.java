package org.filspresso.web.catalog;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidQueryException;

/** What the catalog filter forms share: form fields as query parameters, errors as Faces messages. */
final class CatalogForms {

    private CatalogForms() {
    }

    static Map<String, List<String>> asParameters(Map<String, String> fields) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                parameters.put(name, List.of(value));
            }
        });
        return parameters;
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("system", "Capsule system"), Map.entry("intensityMin", "Lowest intensity"),
            Map.entry("intensityMax", "Highest intensity"), Map.entry("cupSize", "Cup size"), Map.entry("origin", "Origin"),
            Map.entry("decaf", "Caffeine"), Map.entry("priceMin", "Lowest price"), Map.entry("priceMax", "Highest price"),
            Map.entry("q", "Search"), Map.entry("sort", "Sort"), Map.entry("category", "Category"), Map.entry("milk", "Milk"));

    /** Puts each error next to the field of the same name in {@code formId}. */
    static void report(FacesContext context, String formId, InvalidQueryException e) {
        for (FieldError error : e.errors()) {
            String label = LABELS.getOrDefault(error.field(), error.field());
            context.addMessage(formId + ":" + error.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, label + " " + error.message(), label + " " + error.message()));
        }
        context.validationFailed();
    }

    static String address(FacesContext context, String path, Map<String, String> fields) {
        String query = asParameters(fields).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = context.getExternalContext().getRequestContextPath() + path;
        return query.isEmpty() ? base : base + "?" + query;
    }
}
