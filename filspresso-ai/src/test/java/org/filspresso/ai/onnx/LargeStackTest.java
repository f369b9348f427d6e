package org.filspresso.ai.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LargeStackTest {

    /** Deep enough to overflow a thread with the JVM's default 1 MB stack. */
    private static final int DEPTH = 1_000_000;

    @Test
    void workTooDeepForAnOrdinaryThreadCompletes() throws InterruptedException {
        Throwable[] ordinary = new Throwable[1];
        Thread plain = new Thread(null, () -> {
            try {
                depth(DEPTH);
            } catch (StackOverflowError e) {
                ordinary[0] = e;
            }
        }, "plain", 1L << 20);
        plain.start();
        plain.join();
        assertEquals(StackOverflowError.class, ordinary[0] == null ? null : ordinary[0].getClass());

        assertEquals(DEPTH, LargeStack.call("deep-work", () -> depth(DEPTH)));
    }

    @Test
    void theWorksFailureReachesTheCaller() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> LargeStack.call("failing-work", () -> {
                    throw new IllegalArgumentException("no such model");
                }));
        assertEquals("no such model", thrown.getMessage());
    }

    private static int depth(int remaining) {
        return remaining == 0 ? 0 : 1 + depth(remaining - 1);
    }
}
