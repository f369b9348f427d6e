package org.filspresso.iot.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-24T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aBurstIsAllowedThenTheRateRefillsIt() {
        TestClock clock = new TestClock();
        RateLimiter limiter = new RateLimiter(3, 2.0, clock);
        assertThat(limiter.acquire(1)).isEmpty();
        assertThat(limiter.acquire(1)).isEmpty();
        assertThat(limiter.acquire(1)).isEmpty();
        assertThat(limiter.acquire(1)).contains(Duration.ofMillis(500));
        assertThat(limiter.acquire(2)).as("each device has its own bucket").isEmpty();

        clock.now = clock.now.plusMillis(500);
        assertThat(limiter.acquire(1)).isEmpty();
        assertThat(limiter.acquire(1)).isPresent();
    }

    @Test
    void tokensAreRandomAndOnlyTheirHashIsComparable() {
        String token = DeviceTokens.newSecret("fdt_");
        assertThat(token).startsWith("fdt_").hasSize(4 + 43).isNotEqualTo(DeviceTokens.newSecret("fdt_"));
        assertThat(DeviceTokens.hash(token)).hasSize(64).isEqualTo(DeviceTokens.hash(token)).doesNotContain(token.substring(4));
    }

    @Test
    void aDevicePresentsItsTokenEitherWayAndOnlyOurShapesAreLookedUp() {
        assertThat(DeviceTokens.presented("Bearer fdt_abc ", "fdt_other")).isEqualTo("fdt_abc");
        assertThat(DeviceTokens.presented(null, "fdt_other")).isEqualTo("fdt_other");
        assertThat(DeviceTokens.presented("Basic xyz", null)).isNull();
        assertThat(DeviceTokens.looksLike("fdt_abc", "fdt_")).isTrue();
        assertThat(DeviceTokens.looksLike("fak_abc", "fdt_")).isFalse();
        assertThat(DeviceTokens.looksLike("fdt_" + "x".repeat(97), "fdt_")).isFalse();
        assertThat(DeviceTokens.looksLike(null, "fdt_")).isFalse();
    }
}
