package org.filspresso.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.filspresso.query.InvalidQueryException;
import org.filspresso.query.QueryParameters;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final List<Integer> hundred = java.util.stream.IntStream.range(0, 100).boxed().toList();

    @Test
    void slicesAndReportsTheTotal() {
        Listing<Integer> page = new Paging(95, 10).of(hundred);

        assertThat(page.total()).isEqualTo(100);
        assertThat(page.items()).containsExactly(95, 96, 97, 98, 99);
    }

    @Test
    void anOffsetPastTheEndIsAnEmptyPageNotAnError() {
        assertThat(new Paging(500, 10).of(hundred).items()).isEmpty();
    }

    @Test
    void defaultsToTheFirstTwoHundredAndRejectsLargerLimits() {
        QueryParameters none = QueryParameters.of(Map.of(), Paging.withPaging(java.util.Set.of()));
        assertThat(Paging.read(none)).isEqualTo(new Paging(0, 200));

        QueryParameters tooMany = QueryParameters.of(Map.of("limit", List.of("500")), Paging.withPaging(java.util.Set.of()));
        Paging.read(tooMany);
        assertThatThrownBy(tooMany::throwIfInvalid).isInstanceOf(InvalidQueryException.class)
                .hasMessage("limit: must be between 1 and 200");
    }
}
