package org.filspresso.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.filspresso.query.InvalidInputException;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private Subscription everyTwoWeeks() {
        return new Subscription(7, Map.of(1L, 2), SubscriptionInterval.EVERY_TWO_WEEKS, TODAY.plusDays(1), TODAY, 3, 4, NOW);
    }

    @Test
    void theNextDeliveryFollowsTheIntervalFromTheDueDate() {
        Subscription subscription = everyTwoWeeks();
        assertThat(subscription.isDue(TODAY, NOW)).isFalse();
        assertThat(subscription.isDue(TODAY.plusDays(1), NOW)).isTrue();

        subscription.delivered(TODAY.plusDays(1));
        assertThat(subscription.nextDelivery()).isEqualTo(TODAY.plusDays(15));
    }

    @Test
    void skipPauseAndResume() {
        Subscription subscription = everyTwoWeeks();
        subscription.skipNext();
        assertThat(subscription.nextDelivery()).isEqualTo(TODAY.plusDays(15));

        subscription.pause();
        assertThat(subscription.isDue(TODAY.plusDays(30), NOW)).isFalse();
        assertThatThrownBy(subscription::skipNext).isInstanceOf(InvalidInputException.class);

        subscription.resume(TODAY.plusDays(30));
        assertThat(subscription.nextDelivery()).as("a date missed while paused moves to tomorrow").isEqualTo(TODAY.plusDays(31));
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void declinedPaymentsAreRetriedAfterOneTwoAndFourDaysThenTheSubscriptionPauses() {
        Subscription subscription = everyTwoWeeks();
        Instant attempt = NOW;
        for (Duration delay : Subscription.RETRY_DELAYS) {
            assertThat(subscription.deliveryFailed("declined", attempt)).isFalse();
            assertThat(subscription.retryAt()).isEqualTo(attempt.plus(delay));
            assertThat(subscription.isDue(TODAY.plusDays(1), attempt.plus(delay).minusSeconds(1))).isFalse();
            attempt = attempt.plus(delay);
            assertThat(subscription.isDue(TODAY.plusDays(1), attempt)).isTrue();
        }
        assertThat(subscription.deliveryFailed("declined", attempt)).isTrue();
        assertThat(subscription.status()).isEqualTo(SubscriptionStatus.PAUSED);
    }

    @Test
    void itemsAndDatesAreChecked() {
        assertThatThrownBy(() -> new Subscription(7, Map.of(), SubscriptionInterval.WEEKLY, TODAY.plusDays(1), TODAY, 3, 4, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one coffee");
        assertThatThrownBy(() -> new Subscription(7, Map.of(1L, 51), SubscriptionInterval.WEEKLY, TODAY.plusDays(1), TODAY, 3, 4, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 50");
        assertThatThrownBy(() -> new Subscription(7, Map.of(1L, 1), SubscriptionInterval.WEEKLY, TODAY, TODAY, 3, 4, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tomorrow");
        Subscription cancelled = everyTwoWeeks();
        cancelled.cancel();
        assertThatThrownBy(() -> cancelled.changeItems(Map.of(1L, 1))).isInstanceOf(InvalidInputException.class);
    }
}
