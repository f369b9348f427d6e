package org.filspresso.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Slows down password guessing, per account and per client address. Thread-safe, bounded memory.
 *
 * <p>Policy:
 * <ul>
 * <li><b>Per account</b> (the name as typed, trimmed and lower-cased): the first 5 failures within
 * a 15-minute window are free, so a shopper who mistypes is never held up. Each further failure
 * locks the account, counting from that failure, for 30 seconds, doubling with every extra failure
 * (30 s, 1 min, 2 min, ...) up to 15 minutes. A successful login clears the account's failures.
 * <li><b>Per client</b> (the IP address): after 20 failures within 15 minutes, whichever accounts
 * they were for, the client is blocked until the oldest of those 20 failures is 15 minutes old.
 * This stops one address from trying a popular password against many accounts.
 * </ul>
 * Failures older than 15 minutes are forgotten. {@link #waitBefore} returns the longer of the two
 * waits.
 *
 * <p>Memory: forgotten entries are swept out at most once a minute, on a record call, and each map
 * holds at most 100 000 keys; beyond that the keys that failed longest ago are dropped. Each key
 * keeps only the few most recent failures that can still change its wait.
 *
 * <p>State lives in memory, so it is per server instance and resets on restart.
 */
public final class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FREE_ACCOUNT_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final int CLIENT_FAILURE_LIMIT = 20;
    static final int DEFAULT_MAX_KEYS = 100_000;

    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    /**
     * The sixth failure past the free ones already earns the longest lock (30 s doubled five times
     * passes 15 min), so older failures cannot change an account's wait and need not be kept.
     */
    private static final int ACCOUNT_FAILURES_KEPT = FREE_ACCOUNT_FAILURES + 6;

    private final Clock clock;
    private final int maxKeys;
    private final Map<String, FailureLog> accounts = new ConcurrentHashMap<>();
    private final Map<String, FailureLog> clients = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep;

    public LoginThrottle(Clock clock) {
        this(clock, DEFAULT_MAX_KEYS);
    }

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    /** For tests that check the key cap without creating 100 000 keys. */
    LoginThrottle(Clock clock, int maxKeys) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxKeys = maxKeys;
        this.lastSweep = new AtomicReference<>(clock.instant());
    }

    /** How long the caller must wait before another attempt, or empty when they may try now. */
    public Optional<Duration> waitBefore(String account, String client) {
        Instant now = clock.instant();
        Instant accountFreeAt = freeAt(accounts.get(accountKey(account)), now, LoginThrottle::accountLockEnd);
        Instant clientFreeAt = freeAt(clients.get(clientKey(client)), now, LoginThrottle::clientBlockEnd);
        Instant freeAt = accountFreeAt.isAfter(clientFreeAt) ? accountFreeAt : clientFreeAt;
        return freeAt.isAfter(now) ? Optional.of(Duration.between(now, freeAt)) : Optional.empty();
    }

    public void recordFailure(String account, String client) {
        Instant now = clock.instant();
        record(accounts, accountKey(account), ACCOUNT_FAILURES_KEPT, now);
        record(clients, clientKey(client), CLIENT_FAILURE_LIMIT, now);
        sweepIfDue(now);
    }

    /**
     * Clears the account's failures. The client's failures stay, so a guesser cannot wipe them by
     * logging in to an account of their own now and then.
     */
    public void recordSuccess(String account, String client) {
        accounts.remove(accountKey(account));
        sweepIfDue(clock.instant());
    }

    int accountKeys() {
        return accounts.size();
    }

    int clientKeys() {
        return clients.size();
    }

    private static String accountKey(String account) {
        return Objects.requireNonNull(account, "account").strip().toLowerCase(Locale.ROOT);
    }

    private static String clientKey(String client) {
        return Objects.requireNonNull(client, "client");
    }

    // --- the two policies, each given the failures still inside the window, oldest first ---

    private static Instant accountLockEnd(Deque<Instant> failures) {
        int extraFailures = failures.size() - FREE_ACCOUNT_FAILURES;
        if (extraFailures <= 0) {
            return Instant.MIN;
        }
        // The min() only keeps the shift small; the cap below is what limits the lock.
        int doublings = Math.min(extraFailures - 1, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return failures.getLast().plus(lock.compareTo(MAX_LOCK) < 0 ? lock : MAX_LOCK);
    }

    private static Instant clientBlockEnd(Deque<Instant> failures) {
        // The log keeps only the latest CLIENT_FAILURE_LIMIT failures, so the first is the oldest of those.
        return failures.size() < CLIENT_FAILURE_LIMIT ? Instant.MIN : failures.getFirst().plus(WINDOW);
    }

    private static Instant freeAt(FailureLog log, Instant now, Function<Deque<Instant>, Instant> policy) {
        return log == null ? Instant.MIN : log.apply(now, policy);
    }

    // --- bookkeeping ---

    private void record(Map<String, FailureLog> map, String key, int kept, Instant now) {
        // compute() runs atomically for the key, so a sweep cannot drop the entry while we add to it.
        map.compute(key, (k, log) -> {
            FailureLog updated = log == null ? new FailureLog(kept) : log;
            updated.add(now);
            return updated;
        });
        if (map.size() > maxKeys) {
            dropOldest(map, now);
        }
    }

    private void sweepIfDue(Instant now) {
        Instant previous = lastSweep.get();
        // Only the thread that wins the compare-and-set sweeps; the others carry on.
        if (now.isBefore(previous.plus(SWEEP_INTERVAL)) || !lastSweep.compareAndSet(previous, now)) {
            return;
        }
        sweep(accounts, now);
        sweep(clients, now);
    }

    private static void sweep(Map<String, FailureLog> map, Instant now) {
        for (String key : map.keySet()) {
            map.computeIfPresent(key, (k, log) -> log.isForgotten(now) ? null : log);
        }
    }

    /** Over the cap: sweep, then drop the keys that failed longest ago, down to 90 % so this stays rare. */
    private synchronized void dropOldest(Map<String, FailureLog> map, Instant now) {
        if (map.size() <= maxKeys) {
            return; // another thread got here first
        }
        sweep(map, now);
        int excess = map.size() - maxKeys * 9 / 10;
        if (excess <= 0) {
            return;
        }
        // Snapshot the times first: sorting on values that other threads keep changing is unsafe.
        record Latest(String key, Instant failure) {
        }
        map.entrySet().stream()
                .map(entry -> new Latest(entry.getKey(), entry.getValue().latest()))
                .toList()
                .stream()
                .sorted(Comparator.comparing(Latest::failure))
                .limit(excess)
                .forEach(oldest -> map.remove(oldest.key()));
    }

    /** The most recent failure times of one key, oldest first; guarded by its own lock. */
    private static final class FailureLog {

        private final int capacity;
        private final Deque<Instant> failures = new ArrayDeque<>();

        FailureLog(int capacity) {
            this.capacity = capacity;
        }

        synchronized void add(Instant failure) {
            failures.addLast(failure);
            if (failures.size() > capacity) {
                failures.removeFirst();
            }
        }

        synchronized Instant apply(Instant now, Function<Deque<Instant>, Instant> policy) {
            forgetOld(now);
            return failures.isEmpty() ? Instant.MIN : policy.apply(failures);
        }

        synchronized boolean isForgotten(Instant now) {
            forgetOld(now);
            return failures.isEmpty();
        }

        synchronized Instant latest() {
            return failures.isEmpty() ? Instant.MIN : failures.getLast();
        }

        private void forgetOld(Instant now) {
            Instant windowStart = now.minus(WINDOW);
            while (!failures.isEmpty() && !failures.getFirst().isAfter(windowStart)) {
                failures.removeFirst();
            }
        }
    }
}
