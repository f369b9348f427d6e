package org.filspresso.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;

/** Small text helpers for pages, as {@code #{format...}}. */
@Named("format")
@ApplicationScoped
public class Formats {

    /** "cocoa, roasted" from a collection; EL cannot pick String.join's overloads reliably. */
    public String list(Collection<?> items, String separator) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }
}
