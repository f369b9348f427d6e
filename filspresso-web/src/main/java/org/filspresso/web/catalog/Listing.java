package org.filspresso.web.catalog;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a filtered listing: {@code total} matches, of which {@code items} from {@code offset}. */
@JsonbPropertyOrder({"total", "offset", "limit", "items"})
public record Listing<T>(int total, int offset, int limit, List<T> items) {
}
