package org.filspresso.ai.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.util.logging.Logger;

/**
 * Every ONNX Runtime session of the process (each Kafelot model's prompt and decoding sessions,
 * the sentence embedder) runs on one pool of threads, one per core. Pools of their own would put
 * more threads than cores on the machine, and a pool's threads keep spinning for a while after
 * its run, taking cores from whichever session runs next: a 256-token prompt right after
 * decoding took 61–88 ms instead of 54 (Tanka, 2 cores). With one pool a single answer also
 * decodes on every core, and answers written at once share the cores instead of crowding them.
 *
 * <p>The first call creates ONNX Runtime's environment, so it must come from a {@link LargeStack} thread.
 */
public final class SharedThreadPool {

    private static final Logger LOG = Logger.getLogger(SharedThreadPool.class.getName());
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** Null until the environment exists; false when something else in the process created it first. */
    private static Boolean shared;

    private SharedThreadPool() {
    }

    /** Options for a new session: on the shared pool, or where that could not be had, on a pool of its own. */
    public static synchronized OrtSession.SessionOptions sessionOptions() throws OrtException {
        if (shared == null) {
            shared = createEnvironment();
        }
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        if (shared) {
            options.disablePerSessionThreads();
        } else {
            options.setIntraOpNumThreads(CORES);
        }
        return options;
    }

    private static boolean createEnvironment() throws OrtException {
        try (OrtEnvironment.ThreadingOptions threads = new OrtEnvironment.ThreadingOptions()) {
            threads.setGlobalIntraOpNumThreads(CORES);
            threads.setGlobalInterOpNumThreads(1);
            OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING, OrtEnvironment.DEFAULT_NAME, threads);
            return true;
        } catch (IllegalStateException e) {
            // Another library in this JVM (ONNX Runtime's jar sits in the server's shared lib folder) was first.
            LOG.warning("ONNX Runtime's environment existed already; each session gets threads of its own: " + e.getMessage());
            return false;
        }
    }
}
