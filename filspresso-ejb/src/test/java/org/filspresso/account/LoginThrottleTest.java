package org.filspresso.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ANA = "ana@example.com";
    private static final String HOME = "192.0.2.10";
    private static final String OFFICE = "198.51.100.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-25T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFirstFiveFailuresAreFree() {
        failTimes(5, ANA, HOME);

        assertThat(throttle.waitBefore(ANA, HOME)).isEmpty();
    }

    @Test
    void theSixthFailureLocksTheAccountForThirtySeconds() {
        failTimes(6, ANA, HOME);

        assertThat(throttle.waitBefore(ANA, HOME)).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitBefore(ANA, OFFICE)).as("the lock is on the account, wherever from")
                .contains(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.waitBefore(ANA, HOME)).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore(ANA, HOME)).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        failTimes(5, ANA, HOME);
        List<Duration> locks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            throttle.recordFailure(ANA, "203.0.113." + i);
            locks.add(throttle.waitBefore(ANA, "203.0.113." + i).orElseThrow());
        }

        assertThat(locks).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    @Test
    void theLockCountsFromTheLatestFailure() {
        failTimes(6, ANA, HOME);
        clock.advance(Duration.ofSeconds(40));
        throttle.recordFailure(ANA, HOME);

        assertThat(throttle.waitBefore(ANA, HOME)).contains(Duration.ofMinutes(1));
    }

    @Test
    void failuresOlderThanFifteenMinutesAreForgotten() {
        failTimes(5, ANA, HOME);
        clock.advance(Duration.ofMinutes(15));
        throttle.recordFailure(ANA, HOME);

        assertThat(throttle.waitBefore(ANA, HOME)).as("only one failure is recent").isEmpty();
    }

    @Test
    void failuresJustInsideTheWindowStillCount() {
        failTimes(5, ANA, HOME);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        throttle.recordFailure(ANA, HOME);

        assertThat(throttle.waitBefore(ANA, HOME)).contains(Duration.ofSeconds(30));
    }

    @Test
    void accountNamesAreComparedIgnoringCaseAndSurroundingSpaces() {
        failTimes(3, "Ana@Example.com", HOME);
        failTimes(3, " ana@example.COM ", HOME);

        assertThat(throttle.waitBefore(ANA, HOME)).contains(Duration.ofSeconds(30));
    }

    @Test
    void successClearsTheAccountsFailures() {
        failTimes(6, ANA, HOME);
        throttle.recordSuccess(ANA, HOME);

        assertThat(throttle.waitBefore(ANA, HOME)).isEmpty();
        failTimes(5, ANA, HOME);
        assertThat(throttle.waitBefore(ANA, HOME)).as("counting starts again").isEmpty();
    }

    @Test
    void aClientIsBlockedAfterTwentyFailuresAcrossAccounts() {
        for (int i = 0; i < 19; i++) {
            throttle.recordFailure("shopper" + i + "@example.com", HOME);
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.waitBefore("someone@example.com", HOME)).isEmpty();

        throttle.recordFailure("shopper19@example.com", HOME); // 190 s after the first

        Duration untilFirstIsFifteenMinutesOld = Duration.ofMinutes(15).minusSeconds(190);
        assertThat(throttle.waitBefore("someone@example.com", HOME)).contains(untilFirstIsFifteenMinutesOld);
        assertThat(throttle.waitBefore("shopper0@example.com", HOME)).contains(untilFirstIsFifteenMinutesOld);
        assertThat(throttle.waitBefore("someone@example.com", OFFICE)).as("other clients are not blocked").isEmpty();

        clock.advance(untilFirstIsFifteenMinutesOld);
        assertThat(throttle.waitBefore("someone@example.com", HOME)).isEmpty();
    }

    @Test
    void successDoesNotClearTheClientsFailures() {
        failOnceEachOnManyAccounts(20, HOME);
        throttle.recordSuccess("own-account@example.com", HOME);

        assertThat(throttle.waitBefore("own-account@example.com", HOME)).contains(Duration.ofMinutes(15));
    }

    @Test
    void theClientWaitWinsWhenLonger() {
        failOnceEachOnManyAccounts(14, HOME);
        failTimes(6, ANA, HOME);

        assertThat(throttle.waitBefore(ANA, OFFICE)).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitBefore(ANA, HOME)).contains(Duration.ofMinutes(15));
    }

    @Test
    void theAccountWaitWinsWhenLonger() {
        failOnceEachOnManyAccounts(20, HOME);
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 11; i++) {
            throttle.recordFailure(ANA, "203.0.113." + i);
        }

        assertThat(throttle.waitBefore("bob@example.com", HOME)).contains(Duration.ofMinutes(5));
        assertThat(throttle.waitBefore(ANA, HOME)).contains(Duration.ofMinutes(15));
    }

    @Test
    void forgottenEntriesAreSweptAway() {
        failTimes(6, ANA, HOME);
        throttle.recordFailure("bob@example.com", OFFICE);
        assertThat(throttle.accountKeys()).isEqualTo(2);
        assertThat(throttle.clientKeys()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure("carol@example.com", "203.0.113.1");

        assertThat(throttle.accountKeys()).isEqualTo(1);
        assertThat(throttle.clientKeys()).isEqualTo(1);
    }

    @Test
    void keepsAtMostTheMaximumNumberOfKeysDroppingTheOldest() {
        LoginThrottle small = new LoginThrottle(clock, 10);
        for (int i = 0; i < 6; i++) {
            small.recordFailure(ANA, "203.0.113.1");
        }
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(1));
            small.recordFailure("shopper" + i + "@example.com", "198.51.100." + i);
        }

        assertThat(small.accountKeys()).isLessThanOrEqualTo(10);
        assertThat(small.clientKeys()).isLessThanOrEqualTo(10);
        assertThat(small.waitBefore(ANA, HOME)).as("the oldest entry was dropped").isEmpty();
        for (int i = 0; i < 5; i++) {
            small.recordFailure("shopper19@example.com", "198.51.100.19");
        }
        assertThat(small.waitBefore("shopper19@example.com", HOME)).as("the newest entry was kept")
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void countsFailuresFromManyThreadsExactly() throws Exception {
        int threads = 19;
        int clients = 300;
        runConcurrently(threads, thread -> {
            for (int c = 0; c < clients; c++) {
                throttle.recordFailure("shopper" + thread + "-" + c + "@example.com", "10.0.0." + c);
            }
        });
        assertThat(IntStream.range(0, clients).mapToObj(c -> throttle.waitBefore(ANA, "10.0.0." + c)))
                .as("19 failures each: none blocked yet").allMatch(Optional::isEmpty);

        runConcurrently(5, thread -> {
            for (int c = 0; c < clients; c++) {
                throttle.recordFailure("shared" + c + "@example.com", "10.1." + thread + "." + c);
            }
        });
        assertThat(IntStream.range(0, clients).mapToObj(c -> throttle.waitBefore("shared" + c + "@example.com", "x")))
                .as("5 failures each: none locked yet").allMatch(Optional::isEmpty);

        for (int c = 0; c < clients; c++) {
            throttle.recordFailure("shared" + c + "@example.com", "10.0.0." + c);
        }
        for (int c = 0; c < clients; c++) {
            assertThat(throttle.waitBefore("nobody@example.com", "10.0.0." + c)).contains(Duration.ofMinutes(15));
            assertThat(throttle.waitBefore("shared" + c + "@example.com", "x")).contains(Duration.ofSeconds(30));
        }
    }

    private void failTimes(int times, String account, String client) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(account, client);
        }
    }

    private void failOnceEachOnManyAccounts(int accounts, String client) {
        for (int i = 0; i < accounts; i++) {
            throttle.recordFailure("shopper" + i + "@example.com", client);
        }
    }

    /** Starts all threads together, so their calls really overlap. */
    private static void runConcurrently(int threads, ThreadBody body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    body.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private interface ThreadBody {
        void run(int thread);
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("not needed in these tests");
        }
    }
}
