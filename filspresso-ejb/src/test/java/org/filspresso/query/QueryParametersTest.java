package org.filspresso.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filspresso.catalog.CupSize;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void readsTypedValuesAndTrimsThem() {
        QueryParameters p = params(Map.of("n", " 7 ", "price", "49.90", "flag", "TRUE", "cup", "double-espresso"));

        assertThat(p.integer("n", 1, 13)).contains(7);
        assertThat(p.amount("price")).contains(new BigDecimal("49.90"));
        assertThat(p.bool("flag")).contains(true);
        assertThat(p.choice("cup", CupSize.class)).contains(CupSize.DOUBLE_ESPRESSO);
        p.throwIfInvalid();
    }

    @Test
    void collectsEveryProblemBeforeThrowing() {
        QueryParameters p = params(Map.of("price", "49,90", "q", "x".repeat(101), "n", "99"));
        p.amount("price");
        p.text("q", 100);
        p.integer("n", 1, 13);

        assertThatThrownBy(p::throwIfInvalid).isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.errors())
                .containsExactlyInAnyOrder(
                        new FieldError("price", "must be an amount such as 49.90"),
                        new FieldError("q", "must be at most 100 characters"),
                        new FieldError("n", "must be between 1 and 13")));
    }

    @Test
    void absentOrBlankValuesAreEmptyNotErrors() {
        QueryParameters p = params(Map.of("n", "  "));

        assertThat(p.integer("n", 1, 13)).isEmpty();
        assertThat(p.amount("price")).isEmpty();
        p.throwIfInvalid();
    }

    private static QueryParameters params(Map<String, String> values) {
        Map<String, List<String>> multi = new java.util.HashMap<>();
        values.forEach((k, v) -> multi.put(k, List.of(v)));
        return QueryParameters.of(multi, Set.of("n", "price", "flag", "cup", "q"));
    }
}
