package org.filspresso.ai.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {

    @Test
    void runsUpToItsConcurrencyQueuesTheNextAndTurnsAwayTheRest() throws Exception {
        AdmissionGate gate = new AdmissionGate(2, 1);
        AdmissionGate.Turn first = gate.enter("tanka", Duration.ofSeconds(1));
        AdmissionGate.Turn second = gate.enter("tanka", Duration.ofSeconds(1));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch waiting = new CountDownLatch(1);
            Future<AdmissionGate.Turn> queued = pool.submit(() -> {
                waiting.countDown();
                return gate.enter("tanka", Duration.ofSeconds(5));
            });
            waiting.await();
            while (gate.load() < 3) {
                Thread.sleep(5);
            }
            assertThatThrownBy(() -> gate.enter("tanka", Duration.ofSeconds(1)))
                    .isInstanceOf(ModelBusyException.class).hasMessageContaining("busy");
            assertThat(queued.isDone()).as("still waiting for a turn").isFalse();

            first.close();
            queued.get(2, TimeUnit.SECONDS).close();
            second.close();
            assertThat(gate.load()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestThatWaitsTooLongIsTurnedAwayAndFreesItsPlace() {
        AdmissionGate gate = new AdmissionGate(1, 4);
        try (AdmissionGate.Turn busy = gate.enter("ode", Duration.ofSeconds(1))) {
            assertThatThrownBy(() -> gate.enter("ode", Duration.ofMillis(50))).isInstanceOf(ModelBusyException.class)
                    .hasMessageContaining("did not get a turn");
            assertThat(gate.load()).isEqualTo(1);
        }
        assertThat(gate.load()).isZero();
    }

    @Test
    void underLoadEveryRequestEitherRunsOrIsTurnedAwayAndNoneIsLost() throws Exception {
        AdmissionGate gate = new AdmissionGate(2, 3);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            results.add(pool.submit(() -> {
                try (AdmissionGate.Turn turn = gate.enter("villanelle", Duration.ofSeconds(5))) {
                    Thread.sleep(10);
                    return true;
                } catch (ModelBusyException e) {
                    return false;
                }
            }));
        }
        int ran = 0;
        for (Future<Boolean> result : results) {
            ran += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ran).isBetween(5, 64);
        assertThat(gate.load()).isZero();
    }
}
