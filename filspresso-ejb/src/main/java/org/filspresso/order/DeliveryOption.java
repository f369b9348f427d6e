package org.filspresso.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** How an order travels, what it costs (RON, VAT included) and when it arrives. */
public enum DeliveryOption {

    /** Free from 250 lei. */
    STANDARD("Standard courier", new BigDecimal("19.99"), 2, 3, new BigDecimal("250.00")),
    /** Next business day after shipping; never free. */
    EXPRESS("Express courier", new BigDecimal("34.99"), 1, 1, null),
    /** Free from 200 lei. */
    LOCKER("Parcel locker", new BigDecimal("12.99"), 2, 4, new BigDecimal("200.00"));

    /** The warehouse is in Romania, so its clock and calendar decide the shipping day. */
    private static final ZoneId WAREHOUSE_ZONE = ZoneId.of("Europe/Bucharest");

    /** Orders placed from this time on are packed the next business day. */
    private static final LocalTime SAME_DAY_CUTOFF = LocalTime.of(14, 0);

    /**
     * Romanian public holidays with a fixed date. Those that move with Orthodox Easter (Good Friday,
     * Easter Monday, Whit Monday) are not included, nor yet 6 and 7 January (holidays since 2024),
     * so estimates around those days may be a day early.
     */
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1), MonthDay.of(1, 2),   // New Year
            MonthDay.of(1, 24),                     // Union Day
            MonthDay.of(5, 1),                      // Labour Day
            MonthDay.of(6, 1),                      // Children's Day
            MonthDay.of(8, 15),                     // Assumption
            MonthDay.of(11, 30),                    // St Andrew
            MonthDay.of(12, 1),                     // National Day
            MonthDay.of(12, 25), MonthDay.of(12, 26)); // Christmas

    private final String label;
    private final BigDecimal price;
    private final int minBusinessDays;
    private final int maxBusinessDays;
    private final BigDecimal freeFrom;

    DeliveryOption(String label, BigDecimal price, int minBusinessDays, int maxBusinessDays, BigDecimal freeFrom) {
        this.label = label;
        this.price = price;
        this.minBusinessDays = minBusinessDays;
        this.maxBusinessDays = maxBusinessDays;
        this.freeFrom = freeFrom;
    }

    public String label() {
        return label;
    }

    /** What the shopper pays for delivery, given what the goods in the order cost. */
    public BigDecimal price(BigDecimal merchandiseTotal) {
        Objects.requireNonNull(merchandiseTotal, "merchandiseTotal");
        boolean free = freeFrom != null && merchandiseTotal.compareTo(freeFrom) >= 0;
        return (free ? BigDecimal.ZERO : price).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The merchandise total from which delivery is free, if there is one. */
    public Optional<BigDecimal> freeFrom() {
        return Optional.ofNullable(freeFrom);
    }

    public DeliveryEstimate estimate(ZonedDateTime orderedAt) {
        ZonedDateTime local = orderedAt.withZoneSameInstant(WAREHOUSE_ZONE);
        LocalDate shippingDay = local.toLocalDate();
        if (!isBusinessDay(shippingDay) || !local.toLocalTime().isBefore(SAME_DAY_CUTOFF)) {
            shippingDay = nextBusinessDay(shippingDay);
        }
        return new DeliveryEstimate(
                addBusinessDays(shippingDay, minBusinessDays),
                addBusinessDays(shippingDay, maxBusinessDays));
    }

    /** The option whose {@link #name()} matches, ignoring case, as sent by the checkout form. */
    public static DeliveryOption fromCode(String code) {
        for (DeliveryOption option : values()) {
            if (option.name().equalsIgnoreCase(code)) {
                return option;
            }
        }
        throw new IllegalArgumentException("Unknown delivery option: " + code);
    }

    static boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY
                && weekday != DayOfWeek.SUNDAY
                && !FIXED_HOLIDAYS.contains(MonthDay.from(day));
    }

    private static LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static LocalDate addBusinessDays(LocalDate day, int businessDays) {
        LocalDate result = day;
        for (int i = 0; i < businessDays; i++) {
            result = nextBusinessDay(result);
        }
        return result;
    }
}
