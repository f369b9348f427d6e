package org.filspresso.ai.onnx;

import java.util.concurrent.Callable;

/**
 * Runs ONNX Runtime's set-up (its environment, a session) on a thread with a large stack.
 * Creating the environment recurses thousands of calls deep in native code (a core dump of the
 * test server held 11,950 libonnxruntime frames under {@code OrtEnvironment.createHandle}), and
 * optimising a graph deeply too: more than the stack of an application server's admin, request
 * or managed-executor threads. There the process dies of a stack overflow in native code with
 * no error report, so whichever bean touches ONNX Runtime first must not do it on its own thread.
 */
public final class LargeStack {

    private static final long STACK_BYTES = 256L << 20;

    private LargeStack() {
    }

    /** {@code work}'s result, computed on a fresh thread named {@code name}; its exceptions are rethrown here. */
    public static <T> T call(String name, Callable<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, name, STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
        if (failure[0] instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure[0] instanceof Error error) {
            throw error;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(name + " failed", failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
