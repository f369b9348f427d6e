package org.filspresso.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DeliveryOptionTest {

    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    @Test
    void standardIsFreeFrom250Lei() {
        assertThat(DeliveryOption.STANDARD.price(new BigDecimal("249.99"))).isEqualTo(new BigDecimal("19.99"));
        assertThat(DeliveryOption.STANDARD.price(new BigDecimal("250.00"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(DeliveryOption.STANDARD.price(new BigDecimal("250"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(DeliveryOption.STANDARD.freeFrom()).contains(new BigDecimal("250.00"));
    }

    @Test
    void lockerIsFreeFrom200Lei() {
        assertThat(DeliveryOption.LOCKER.price(new BigDecimal("199.99"))).isEqualTo(new BigDecimal("12.99"));
        assertThat(DeliveryOption.LOCKER.price(new BigDecimal("200.00"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(DeliveryOption.LOCKER.freeFrom()).contains(new BigDecimal("200.00"));
    }

    @Test
    void expressIsNeverFree() {
        assertThat(DeliveryOption.EXPRESS.price(new BigDecimal("10000.00"))).isEqualTo(new BigDecimal("34.99"));
        assertThat(DeliveryOption.EXPRESS.freeFrom()).isEmpty();
    }

    @Test
    void hasLabelsForShoppers() {
        assertThat(DeliveryOption.STANDARD.label()).isEqualTo("Standard courier");
        assertThat(DeliveryOption.EXPRESS.label()).isEqualTo("Express courier");
        assertThat(DeliveryOption.LOCKER.label()).isEqualTo("Parcel locker");
    }

    @Test
    void findsAnOptionByItsCodeIgnoringCase() {
        assertThat(DeliveryOption.fromCode("standard")).isEqualTo(DeliveryOption.STANDARD);
        assertThat(DeliveryOption.fromCode("Express")).isEqualTo(DeliveryOption.EXPRESS);
        assertThat(DeliveryOption.fromCode("LOCKER")).isEqualTo(DeliveryOption.LOCKER);
    }

    @Test
    void rejectsAnUnknownCodeNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> DeliveryOption.fromCode("drone"))
                .withMessageContaining("drone");
        assertThatIllegalArgumentException().isThrownBy(() -> DeliveryOption.fromCode(null));
    }

    @Test
    void ordersBeforeTwoShipTheSameDay() {
        ZonedDateTime tuesdayMorning = bucharest(2025, 11, 25, 13, 59);

        assertThat(DeliveryOption.EXPRESS.estimate(tuesdayMorning)).isEqualTo(days(date(2025, 11, 26), date(2025, 11, 26)));
        assertThat(DeliveryOption.STANDARD.estimate(tuesdayMorning)).isEqualTo(days(date(2025, 11, 27), date(2025, 11, 28)));
    }

    @Test
    void ordersFromTwoOnShipTheNextBusinessDay() {
        ZonedDateTime tuesdayAtTwo = bucharest(2025, 11, 25, 14, 0);

        assertThat(DeliveryOption.EXPRESS.estimate(tuesdayAtTwo)).isEqualTo(days(date(2025, 11, 27), date(2025, 11, 27)));
        // Ships Wed 26; Sat 29, Sun 30 and Mon 1 December (National Day) are not counted.
        assertThat(DeliveryOption.STANDARD.estimate(tuesdayAtTwo)).isEqualTo(days(date(2025, 11, 28), date(2025, 12, 2)));
    }

    @Test
    void theCutoffIsOnBucharestTime() {
        // 12:30 UTC is 14:30 in Bucharest in winter: too late for today.
        ZonedDateTime inUtc = ZonedDateTime.of(2025, 11, 25, 12, 30, 0, 0, ZoneOffset.UTC);
        ZonedDateTime inUtcEarlier = ZonedDateTime.of(2025, 11, 25, 11, 59, 0, 0, ZoneOffset.UTC);

        assertThat(DeliveryOption.EXPRESS.estimate(inUtc).earliest()).isEqualTo(date(2025, 11, 27));
        assertThat(DeliveryOption.EXPRESS.estimate(inUtcEarlier).earliest()).isEqualTo(date(2025, 11, 26));
    }

    @Test
    void weekendOrdersShipOnMonday() {
        ZonedDateTime saturdayMorning = bucharest(2025, 11, 8, 9, 0);

        assertThat(DeliveryOption.EXPRESS.estimate(saturdayMorning)).isEqualTo(days(date(2025, 11, 11), date(2025, 11, 11)));
        assertThat(DeliveryOption.STANDARD.estimate(saturdayMorning)).isEqualTo(days(date(2025, 11, 12), date(2025, 11, 13)));
        assertThat(DeliveryOption.LOCKER.estimate(saturdayMorning)).isEqualTo(days(date(2025, 11, 12), date(2025, 11, 14)));
    }

    @Test
    void deliveriesSkipTheWeekend() {
        ZonedDateTime fridayMorning = bucharest(2025, 11, 7, 10, 0);

        assertThat(DeliveryOption.EXPRESS.estimate(fridayMorning)).isEqualTo(days(date(2025, 11, 10), date(2025, 11, 10)));
        assertThat(DeliveryOption.STANDARD.estimate(fridayMorning)).isEqualTo(days(date(2025, 11, 11), date(2025, 11, 12)));
    }

    @Test
    void aLateFridayOrderBeforeNationalDayShipsOnTuesday() {
        // Sun 30 Nov is St Andrew and Mon 1 Dec is National Day, so shipping waits until Tue 2 Dec.
        ZonedDateTime fridayAfternoon = bucharest(2025, 11, 28, 15, 0);

        assertThat(DeliveryOption.EXPRESS.estimate(fridayAfternoon)).isEqualTo(days(date(2025, 12, 3), date(2025, 12, 3)));
        assertThat(DeliveryOption.STANDARD.estimate(fridayAfternoon)).isEqualTo(days(date(2025, 12, 4), date(2025, 12, 5)));
    }

    @Test
    void christmasAndNewYearAreSkipped() {
        ZonedDateTime christmasEveAfternoon = bucharest(2025, 12, 24, 15, 0);

        // Ships Mon 29 Dec; 1 and 2 January are holidays and 3-4 January a weekend.
        assertThat(DeliveryOption.STANDARD.estimate(christmasEveAfternoon))
                .isEqualTo(days(date(2025, 12, 31), date(2026, 1, 5)));
    }

    @Test
    void describesARangeOfDays() {
        assertThat(days(date(2025, 11, 25), date(2025, 11, 27)).describe()).isEqualTo("Tue 25 Nov – Thu 27 Nov");
        assertThat(days(date(2025, 12, 31), date(2026, 1, 5)).describe()).isEqualTo("Wed 31 Dec – Mon 5 Jan");
    }

    @Test
    void describesASingleDayOnce() {
        assertThat(days(date(2025, 11, 25), date(2025, 11, 25)).describe()).isEqualTo("Tue 25 Nov");
    }

    @Test
    void anEstimateCannotEndBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> days(date(2025, 11, 27), date(2025, 11, 25)));
    }

    private static ZonedDateTime bucharest(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), BUCHAREST);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static DeliveryEstimate days(LocalDate earliest, LocalDate latest) {
        return new DeliveryEstimate(earliest, latest);
    }
}
