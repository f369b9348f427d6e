package org.filspresso.ai.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingPartsTest {

    @TempDir
    Path dir;

    @Test
    void aTrainingRequestBecomesTheTrainersCommandLine() {
        TrainingRequest request = TrainingRequest.parse("{\"model\": \"tanka\", \"epochs\": 3, \"steps_per_epoch\": 20, \"continue\": true,"
                + " \"learning_rate\": 0.0002}");
        List<String> args = request.arguments("/runs/job", "/models/tanka");
        assertThat(String.join(" ", args)).contains("--model tanka", "--epochs 3", "--steps-per-epoch 20", "--lr 2.0E-4",
                "--out /runs/job", "--init-from /models/tanka");
        assertThat(TrainingRequest.parse("{\"model\": \"ode\"}").arguments("/o", null)).doesNotContain("--init-from");
    }

    @Test
    void wrongTrainingFieldsAreNamed() {
        assertThatThrownBy(() -> TrainingRequest.parse("{\"model\": \"gpt\", \"epochs\": 0, \"batch\": 2.5, \"continue\": \"yes\"}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("model", "epochs", "batch", "continue"));
    }

    @Test
    void aJobFolderShowsItsEpochsAndTheLatestStep() throws IOException {
        JobFolder job = new JobFolder(dir.resolve("20261124-201500-3fa2"));
        Files.createDirectories(job.path());
        job.writeJob(Json.createObjectBuilder().add("job_id", job.id()).add("model", "tanka").add("status", "running").build());
        Files.writeString(job.path().resolve("metrics.jsonl"), "{\"epoch\": 1, \"val_perplexity\": 13.97}\n{\"epoch\": 2, \"val_perplexity\": 13.5}\n");
        Files.writeString(job.log(), "tanka: 26.0M parameters\n\repoch 3 [#####....] 10/61 loss 1.201 0.3 it/s"
                + "\repoch 3 [#########...] 20/61 loss 1.187 0.3 it/s");
        JsonObject described = job.describe();
        assertThat(described.getString("status")).isEqualTo("running");
        assertThat(described.getJsonArray("epochs")).hasSize(2);
        assertThat(job.bestPerplexity()).hasValue(13.5);
        JsonObject progress = described.getJsonObject("progress");
        assertThat(progress.getInt("epoch")).isEqualTo(3);
        assertThat(progress.getInt("step")).isEqualTo(20);
        assertThat(progress.getInt("steps")).isEqualTo(61);
        assertThat(progress.getJsonNumber("loss").doubleValue()).isEqualTo(1.187);
    }

    @Test
    void argumentsAreQuotedForTheShell() {
        assertThat(TrainingJobs.quote("/opt/my models/it's")).isEqualTo("'/opt/my models/it'\\''s'");
    }
}
