package org.filspresso.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filspresso.query.QueryParameters;

/** What a shopper asks of the machine catalog; null filters match anything. */
public record MachineQuery(
        CapsuleSystem system,
        MachineCategory category,
        Boolean milk,
        BigDecimal priceMin,
        BigDecimal priceMax,
        String text,
        MachineSort sort) {

    public static final Set<String> PARAMETERS = Set.of("system", "category", "milk", "priceMin", "priceMax", "q", "sort");

    public MachineQuery {
        sort = sort == null ? MachineSort.NAME : sort;
    }

    /** Every machine that takes capsules of {@code system}. */
    public static MachineQuery forSystem(CapsuleSystem system) {
        return new MachineQuery(system, null, null, null, null, null, null);
    }

    public static MachineQuery parse(Map<String, List<String>> values) {
        QueryParameters parameters = QueryParameters.of(values, PARAMETERS);
        MachineQuery query = read(parameters);
        parameters.throwIfInvalid();
        return query;
    }

    public static MachineQuery read(QueryParameters parameters) {
        BigDecimal priceMin = parameters.amount("priceMin").orElse(null);
        BigDecimal priceMax = parameters.amount("priceMax").orElse(null);
        if (priceMin != null && priceMax != null && priceMin.compareTo(priceMax) > 0) {
            parameters.reject("priceMin", "must not be above the highest price (" + priceMax.toPlainString() + ")");
        }
        return new MachineQuery(
                parameters.choice("system", CapsuleSystem.class).orElse(null),
                parameters.choice("category", MachineCategory.class).orElse(null),
                parameters.bool("milk").orElse(null),
                priceMin,
                priceMax,
                parameters.text("q", 100).orElse(null),
                parameters.choice("sort", MachineSort.class).orElse(null));
    }

    public List<Machine> apply(Collection<Machine> machines) {
        List<String> words = text == null ? List.of() : Text.words(text);
        return machines.stream()
                .filter(machine -> (system == null || machine.system() == system)
                        && (category == null || machine.category() == category)
                        && (milk == null || machine.makesMilkDrinks() == milk)
                        && (priceMin == null || machine.priceRon().compareTo(priceMin) >= 0)
                        && (priceMax == null || machine.priceRon().compareTo(priceMax) <= 0)
                        && Text.matchesAllWords(words, machine.name(), machine.model(), machine.maker(),
                                machine.description(), String.join(" ", machine.colours())))
                .sorted(sort.order())
                .toList();
    }
}
