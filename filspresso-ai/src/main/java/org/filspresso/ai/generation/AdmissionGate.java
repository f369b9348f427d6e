package org.filspresso.ai.generation;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many generations one model runs at once, and how many may wait for a turn. A request
 * beyond both is turned away at once ({@link ModelBusyException}, 503), so that a burst cannot
 * pile up threads and memory; a waiting request that does not get a turn in time is turned away too.
 */
public final class AdmissionGate {

    /** A turn: closing it lets the next request in. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private final int concurrency;
    private final int queue;
    private final Semaphore running;
    private final AtomicInteger admitted = new AtomicInteger();

    public AdmissionGate(int concurrency, int queue) {
        this.concurrency = concurrency;
        this.queue = queue;
        this.running = new Semaphore(concurrency, true);
    }

    public Turn enter(String model, Duration maxWait) {
        if (admitted.incrementAndGet() > concurrency + queue) {
            admitted.decrementAndGet();
            throw new ModelBusyException(model + " is busy: " + concurrency + " answers are being written and " + queue
                    + " are waiting. Try again in a moment.");
        }
        boolean turn = false;
        try {
            turn = running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!turn) {
            admitted.decrementAndGet();
            throw new ModelBusyException(model + " did not get a turn within " + maxWait.toSeconds() + " s. Try again in a moment.");
        }
        return () -> {
            running.release();
            admitted.decrementAndGet();
        };
    }

    /** Requests running or waiting. */
    public int load() {
        return admitted.get();
    }
}
