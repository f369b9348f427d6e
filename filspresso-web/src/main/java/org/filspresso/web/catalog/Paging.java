package org.filspresso.web.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filspresso.query.QueryParameters;

/** The {@code offset} and {@code limit} parameters of the catalog listings. */
record Paging(int offset, int limit) {

    static final int MAX_LIMIT = 200;
    static final String OFFSET = "offset";
    static final String LIMIT = "limit";

    /** A listing's filter parameter names plus the paging ones. */
    static Set<String> withPaging(Set<String> filters) {
        Set<String> names = new HashSet<>(filters);
        names.add(OFFSET);
        names.add(LIMIT);
        return names;
    }

    static Paging read(QueryParameters parameters) {
        return new Paging(parameters.integer(OFFSET, 0, Integer.MAX_VALUE).orElse(0),
                parameters.integer(LIMIT, 1, MAX_LIMIT).orElse(MAX_LIMIT));
    }

    <T> Listing<T> of(List<T> all) {
        int from = Math.min(offset, all.size());
        int to = Math.min(from + limit, all.size());
        return new Listing<>(all.size(), offset, limit, all.subList(from, to));
    }
}
