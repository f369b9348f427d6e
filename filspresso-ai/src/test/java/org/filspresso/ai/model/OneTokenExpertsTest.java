package org.filspresso.ai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OneTokenExpertsTest {

    @Test
    void theDecodingGraphDiffersFromTheFileInTheOneTokenConstantOnly() throws IOException {
        byte[] graph = Files.readAllBytes(Fixtures.DIR.resolve("tiny.onnx"));
        byte[] forDecoding = OneTokenExperts.forDecoding(graph);

        assertThat(forDecoding).hasSameSizeAs(graph);
        int changedAt = -1;
        for (int i = 0; i < graph.length; i++) {
            if (graph[i] != forDecoding[i]) {
                assertThat(changedAt).as("a second changed byte at %d", i).isEqualTo(-1);
                changedAt = i;
            }
        }
        assertThat(graph[changedAt]).isEqualTo((byte) 0);
        assertThat(forDecoding[changedAt]).isEqualTo((byte) 1);
        assertThat(OneTokenExperts.forDecoding(forDecoding)).as("already in its one-token form").isNull();
    }

    @Test
    void aModelWithoutExpertsHasNothingToChange() throws IOException {
        assertThat(OneTokenExperts.forDecoding(Files.readAllBytes(Path.of("models/tanka/model.onnx")))).isNull();
    }
}
