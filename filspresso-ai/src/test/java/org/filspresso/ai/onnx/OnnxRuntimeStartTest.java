package org.filspresso.ai.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.filspresso.ai.rag.SentenceEmbedder;
import org.junit.jupiter.api.Test;

/**
 * ONNX Runtime's environment, created in a process with an application server's long command
 * line from a thread with a small stack (as a managed executor's): without {@link LargeStack}
 * the process died of a stack overflow in libonnxruntime, silently.
 */
class OnnxRuntimeStartTest {

    @Test
    void theFirstModelLoadsFromASmallStackInAProcessWithALongCommandLine() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Dpadding=" + "x".repeat(100_000),
                "-cp", System.getProperty("java.class.path"), FirstLoadOnSmallStack.class.getName());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor(2, TimeUnit.MINUTES);
        assertEquals(0, child.exitValue(), "exit status (139: the child died of a segmentation fault); output:\n" + output);
    }

    /** The child process: the sentence embedder, the first thing to touch ONNX Runtime, loaded from a 512 KB stack. */
    public static final class FirstLoadOnSmallStack {
        public static void main(String[] args) throws InterruptedException {
            Thread small = new Thread(null, () -> SentenceEmbedder.load(1).close(), "small-stack", 512 << 10);
            small.start();
            small.join();
        }
    }
}
