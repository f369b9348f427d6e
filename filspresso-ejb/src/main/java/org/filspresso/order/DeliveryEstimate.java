package org.filspresso.order;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** The days between which a parcel should arrive, both included. */
public record DeliveryEstimate(LocalDate earliest, LocalDate latest) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    public DeliveryEstimate {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("Latest " + latest + " is before earliest " + earliest);
        }
    }

    /** For shoppers: "Tue 25 Nov – Thu 27 Nov", or "Tue 25 Nov" when both days are the same. */
    public String describe() {
        if (earliest.equals(latest)) {
            return DAY.format(earliest);
        }
        return DAY.format(earliest) + " – " + DAY.format(latest);
    }
}
