package org.filspresso.web.catalog;

import java.util.Arrays;
import java.util.Optional;
import org.filspresso.catalog.CapsuleSystem;

/** Reads the capsule system segment of a product address ("original", "vertuo"). */
final class CatalogPaths {

    private CatalogPaths() {
    }

    static Optional<CapsuleSystem> system(String segment) {
        return Arrays.stream(CapsuleSystem.values()).filter(s -> s.code().equals(segment)).findFirst();
    }
}
