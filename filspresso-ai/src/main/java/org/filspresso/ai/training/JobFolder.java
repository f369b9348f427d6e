package org.filspresso.ai.training;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one training job leaves on disk, read back: job.json (request, times, status), the
 * trainer's metrics.jsonl (one line per epoch), train.log (its progress bar is the step count)
 * and best.pt (the checkpoint save-model exports).
 */
public record JobFolder(Path path) {

    private static final Pattern PROGRESS = Pattern.compile("epoch (\\d+) \\[[#.]*] (\\d+)/(\\d+) loss ([0-9.]+)");
    private static final int LOG_TAIL_CHARACTERS = 2000;

    public String id() {
        return path.getFileName().toString();
    }

    public JsonObject job() {
        return read(path.resolve("job.json"));
    }

    public void writeJob(JsonObject job) {
        write(path.resolve("job.json"), job.toString());
    }

    public Path log() {
        return path.resolve("train.log");
    }

    public Path bestCheckpoint() {
        return path.resolve("best.pt");
    }

    /** One object per finished epoch, as the trainer wrote it. */
    public List<JsonObject> epochs() {
        Path metrics = path.resolve("metrics.jsonl");
        if (!Files.isRegularFile(metrics)) {
            return List.of();
        }
        try {
            return Files.readAllLines(metrics, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                    .map(line -> readObject(line)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best held-out perplexity of the epochs so far (the checkpoint best.pt holds that epoch). */
    public Optional<Double> bestPerplexity() {
        return epochs().stream().filter(e -> e.containsKey("val_perplexity"))
                .map(e -> e.getJsonNumber("val_perplexity").doubleValue()).min(Double::compare);
    }

    /** The last progress line of the log: epoch, step, steps and running loss. */
    public Optional<JsonObject> progress() {
        MatchResult last = null;
        for (Matcher m = PROGRESS.matcher(logTail()); m.find(); ) {
            last = m.toMatchResult();
        }
        if (last == null) {
            return Optional.empty();
        }
        return Optional.of(Json.createObjectBuilder().add("epoch", Integer.parseInt(last.group(1)))
                .add("step", Integer.parseInt(last.group(2))).add("steps", Integer.parseInt(last.group(3)))
                .add("loss", Double.parseDouble(last.group(4))).build());
    }

    /** The end of the trainer's output, progress-bar redraws folded into lines. */
    public String logTail() {
        if (!Files.isRegularFile(log())) {
            return "";
        }
        try {
            String text = Files.readString(log(), StandardCharsets.UTF_8).replace('\r', '\n');
            return text.substring(Math.max(0, text.length() - LOG_TAIL_CHARACTERS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job as the API shows it: its record, the epochs so far and the latest progress. */
    public JsonObject describe() {
        JsonObjectBuilder answer = Json.createObjectBuilder(job());
        JsonArrayBuilder epochs = Json.createArrayBuilder();
        epochs().forEach(epochs::add);
        answer.add("epochs", epochs);
        progress().ifPresent(p -> answer.add("progress", p));
        return answer.build();
    }

    static JsonObject read(Path file) {
        try {
            return readObject(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject readObject(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void write(Path file, String text) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
