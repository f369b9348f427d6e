package org.filspresso.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.filspresso.cart.CartService;

/** Small text helpers for pages, as {@code #{format...}}. */
@Named("format")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** "cocoa, roasted" from a collection; EL cannot pick String.join's overloads reliably. */
    public String list(Collection<?> items, String separator) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }

    /** A moment in the shop's time zone (Bucharest), e.g. "24 Nov 2026, 14:05". */
    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(CartService.SHOP_ZONE));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
