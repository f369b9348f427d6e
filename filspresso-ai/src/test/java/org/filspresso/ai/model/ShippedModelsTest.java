package org.filspresso.ai.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.filspresso.ai.classify.Classification;
import org.filspresso.ai.classify.ClassificationTasks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in {@code filspresso-ai/models} loads, reproduces its trainer's float32 logits on
 * the reference input within the rounding of its weight format (int8 or 4-bit),
 * generates text, and keeps the held-out perplexity (and classification accuracy) measured in training.
 */
class ShippedModelsTest {

    static final Path MODELS = Path.of("models");

    static List<Path> shipped() throws IOException {
        try (Stream<Path> folders = Files.list(MODELS)) {
            List<Path> models = folders.filter(folder -> Files.exists(folder.resolve("model.onnx"))).sorted().toList();
            assertThat(models).as("shipped models in " + MODELS.toAbsolutePath()).isNotEmpty();
            return models;
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void reproducesTheTrainersLogitsOnTheReferenceInput(Path folder) throws IOException {
        JsonObject reference = Fixtures.read(folder.resolve("reference.json"));
        try (KafelotModel model = KafelotModel.load(folder.resolve("model.onnx"), 2); KvCache cache = model.newCache(64)) {
            KafelotModel.Step prompt = model.forward(Fixtures.longs(reference.getJsonArray("prompt")), cache);
            KafelotModel.Step step = model.forward(Fixtures.longs(reference.getJsonArray("step")), cache);
            float[] expectedPrompt = Fixtures.floats(reference.getJsonArray("prompt_last_logits"));
            float[] expectedStep = Fixtures.floats(reference.getJsonArray("step_logits"));
            float difference = Math.max(Fixtures.maxDifference(prompt.lastLogits(), expectedPrompt), Fixtures.maxDifference(step.lastLogits(), expectedStep));
            System.out.printf("%s: largest logit difference from PyTorch float32: %.4f%n", folder.getFileName(), difference);
            // The largest difference over the whole vocabulary: int8 weights stay within 0.5; 4-bit blocks
            // move some unlikely tokens' logits by 1-2 (what that costs is the perplexity check below).
            float bound = "int4".equals(Fixtures.read(folder.resolve("model.json")).getString("weights", "")) ? 2.0f : 0.5f;
            // (The reference input is random tokens: its top logits can be near ties, so the top token may differ
            // within this bound; what the rounding costs on real text is the perplexity check below.)
            assertThat(difference).isLessThan(bound);
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void generatesText(Path folder) {
        JsonObject card = Fixtures.read(folder.resolve("model.json"));
        try (KafelotModel model = KafelotModel.load(folder.resolve("model.onnx"), 2);
             KafelotTokenizer tokenizer = KafelotTokenizer.load(Fixtures.TOKENIZER)) {
            Generator generator = new Generator(model, tokenizer, card.getJsonObject("config").getInt("context"));
            Generator.Generation answer = generator.generate("<|user|>What is a ristretto?\n<|assistant|>", new Sampling(24, 0, 0, 1, 1.1, 0, List.of()),
                    piece -> { });
            System.out.printf("%s: %s%n", folder.getFileName(), answer.text().replace('\n', ' '));
            assertThat(answer.text()).isNotBlank();
        }
    }

    /**
     * The held-out perplexity of the shipped file, over the same windows as the trainer's
     * evaluation: what quantisation costs. Reported, and held within 5 % of the trainer's figure.
     */
    @ParameterizedTest
    @MethodSource("shipped")
    void keepsTheTrainersHeldOutPerplexity(Path folder) throws IOException {
        JsonObject card = Fixtures.read(folder.resolve("model.json"));
        int window = card.getInt("train_seq");
        try (KafelotModel model = KafelotModel.load(folder.resolve("model.onnx"), 2);
             KafelotTokenizer tokenizer = KafelotTokenizer.load(Fixtures.TOKENIZER)) {
            long[] tokens = tokenizer.encode(Files.readString(Fixtures.VALIDATION));
            double lossSum = 0;
            int windows = 0;
            for (int start = 0; start < Math.min(tokens.length - window - 1, 200 * window); start += window) {
                long[] input = java.util.Arrays.copyOfRange(tokens, start, start + window);
                try (KvCache cache = model.newCache(window)) {
                    KafelotModel.Step step = model.forward(input, cache);
                    double windowLoss = 0;
                    for (int position = 0; position < window; position++) {
                        windowLoss -= Generator.logProbability(step.logitsAt(position), tokens[start + position + 1]);
                    }
                    lossSum += windowLoss / window;
                    windows++;
                }
            }
            double perplexity = Math.exp(lossSum / windows);
            double trainers = card.getJsonNumber("val_perplexity").doubleValue();
            System.out.printf("%s: held-out perplexity of the shipped file %.2f, trainer's %.2f (%d windows of %d)%n",
                    folder.getFileName(), perplexity, trainers, windows, window);
            assertThat(perplexity).isCloseTo(trainers, org.assertj.core.data.Percentage.withPercentage(5));
        }
    }

    /**
     * A model trained to classify keeps, as shipped and scored in Java, the held-out accuracy its
     * trainer measured (every third held-out example, so a few points of sampling either way).
     */
    @ParameterizedTest
    @MethodSource("shipped")
    void keepsTheTrainersClassificationAccuracy(Path folder) throws IOException {
        JsonObject card = Fixtures.read(folder.resolve("model.json"));
        ClassificationTasks tasks = ClassificationTasks.of(card);
        if (tasks.isEmpty()) {
            return; // not trained to classify
        }
        List<String> lines = Files.readAllLines(Fixtures.CLASSIFICATION_HELD_OUT);
        int hits = 0;
        int seen = 0;
        try (KafelotModel model = KafelotModel.load(folder.resolve("model.onnx"), 2);
             KafelotTokenizer tokenizer = KafelotTokenizer.load(Fixtures.TOKENIZER)) {
            Generator generator = new Generator(model, tokenizer, card.getJsonObject("config").getInt("context"));
            for (int i = 0; i < lines.size(); i += 3) {
                JsonObject example = Json.createReader(new StringReader(lines.get(i))).readObject();
                ClassificationTasks.Task task = tasks.task(example.getString("task")).orElseThrow();
                double[] scores = generator.continuationLogProbabilities(task.prompt(example.getString("text")), task.continuations());
                Classification result = Classification.fromLogProbabilities(task.name(), task.labels(), scores);
                hits += result.label().equals(example.getString("label")) ? 1 : 0;
                seen++;
            }
        }
        double accuracy = (double) hits / seen;
        double trainers = card.getJsonObject("classification").getJsonObject("held_out_accuracy").getJsonNumber("overall").doubleValue();
        System.out.printf("%s: held-out classification accuracy of the shipped file %.3f (%d examples), trainer's %.3f%n",
                folder.getFileName(), accuracy, seen, trainers);
        assertThat(accuracy).isCloseTo(trainers, org.assertj.core.data.Offset.offset(0.1));
    }
}
