package org.filspresso.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filspresso.query.QueryParameters;

/**
 * What a shopper asks of the coffee catalog. Every filter is optional (null = any); all given
 * filters must match. Built from request parameters by {@link #parse}, which names each wrong one.
 */
public record CoffeeQuery(
        CapsuleSystem system,
        Integer intensityMin,
        Integer intensityMax,
        CupSize cupSize,
        String origin,
        Boolean decaf,
        BigDecimal priceMin,
        BigDecimal priceMax,
        String text,
        CoffeeSort sort) {

    public static final int MIN_INTENSITY = 1;
    public static final int MAX_INTENSITY = 13;
    public static final Set<String> PARAMETERS = Set.of(
            "system", "intensityMin", "intensityMax", "cupSize", "origin", "decaf", "priceMin", "priceMax", "q", "sort");

    public CoffeeQuery {
        sort = sort == null ? CoffeeSort.NAME : sort;
    }

    public static CoffeeQuery all() {
        return new CoffeeQuery(null, null, null, null, null, null, null, null, null, null);
    }

    /** Every coffee that fits machines of {@code system}. */
    public static CoffeeQuery forSystem(CapsuleSystem system) {
        return new CoffeeQuery(system, null, null, null, null, null, null, null, null, null);
    }

    /** Parses query-string or form values; throws InvalidQueryException naming every bad field. */
    public static CoffeeQuery parse(Map<String, List<String>> values) {
        QueryParameters parameters = QueryParameters.of(values, PARAMETERS);
        CoffeeQuery query = read(parameters);
        parameters.throwIfInvalid();
        return query;
    }

    /** Reads this query's parameters, leaving errors in {@code parameters} for the caller to report. */
    public static CoffeeQuery read(QueryParameters parameters) {
        Integer intensityMin = parameters.integer("intensityMin", MIN_INTENSITY, MAX_INTENSITY).orElse(null);
        Integer intensityMax = parameters.integer("intensityMax", MIN_INTENSITY, MAX_INTENSITY).orElse(null);
        if (intensityMin != null && intensityMax != null && intensityMin > intensityMax) {
            parameters.reject("intensityMin", "must not be above the highest intensity (" + intensityMax + ")");
        }
        BigDecimal priceMin = parameters.amount("priceMin").orElse(null);
        BigDecimal priceMax = parameters.amount("priceMax").orElse(null);
        if (priceMin != null && priceMax != null && priceMin.compareTo(priceMax) > 0) {
            parameters.reject("priceMin", "must not be above the highest price (" + priceMax.toPlainString() + ")");
        }
        return new CoffeeQuery(
                parameters.choice("system", CapsuleSystem.class).orElse(null),
                intensityMin,
                intensityMax,
                parameters.choice("cupSize", CupSize.class).orElse(null),
                parameters.text("origin", 60).orElse(null),
                parameters.bool("decaf").orElse(null),
                priceMin,
                priceMax,
                parameters.text("q", 100).orElse(null),
                parameters.choice("sort", CoffeeSort.class).orElse(null));
    }

    /** The matching coffees in the requested order. */
    public List<Coffee> apply(Collection<Coffee> coffees) {
        List<String> words = text == null ? List.of() : Text.words(text);
        return coffees.stream()
                .filter(coffee -> matches(coffee, words))
                .sorted(sort.order())
                .toList();
    }

    private boolean matches(Coffee coffee, List<String> words) {
        return (system == null || coffee.system() == system)
                && (intensityMin == null || coffee.intensity() != null && coffee.intensity() >= intensityMin)
                && (intensityMax == null || coffee.intensity() != null && coffee.intensity() <= intensityMax)
                && (cupSize == null || coffee.cupSizes().contains(cupSize))
                && (origin == null || coffee.origins().stream().anyMatch(o -> Text.fold(o).equals(Text.fold(origin))))
                && (decaf == null || coffee.decaf() == decaf)
                && (priceMin == null || coffee.priceRon().compareTo(priceMin) >= 0)
                && (priceMax == null || coffee.priceRon().compareTo(priceMax) <= 0)
                && Text.matchesAllWords(words, coffee.name(), coffee.range(), coffee.tastingNotes(), coffee.description(),
                        String.join(" ", coffee.notes()), String.join(" ", coffee.origins()));
    }
}
