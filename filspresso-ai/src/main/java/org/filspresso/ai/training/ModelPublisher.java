package org.filspresso.ai.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.filspresso.ai.model.InstalledModel;
import org.filspresso.ai.model.ModelRegistry;

/**
 * Puts a trained model into service: exports a finished job's best checkpoint to ONNX into the
 * models folder and reloads it, but only when its held-out perplexity beats the installed
 * model's; the version it replaces is kept beside it as {@code <name>.previous}. Removing an
 * administrator's version brings back the shipped one.
 */
@ApplicationScoped
public class ModelPublisher {

    private static final long EXPORT_MINUTES = 15;

    @Inject
    TrainingJobs jobs;

    @Inject
    ModelRegistry models;

    public record Saved(String model, String jobId, double perplexity, Double replacedPerplexity, Path folder) {
    }

    /**
     * Exports the job's best checkpoint and serves it, when its held-out perplexity beats the installed
     * model's — or regardless when the administrator {@code force}s it (trying a model out; the replaced
     * version stays as {@code <name>.previous}).
     */
    public synchronized Saved save(String jobId, boolean force) {
        JobFolder job = jobs.folder(jobId);
        if (jobs.isRunning(jobId)) {
            throw new ClientErrorException("Training job " + jobId + " is still running; save it when it has finished.", 409);
        }
        if (!Files.isRegularFile(job.bestCheckpoint())) {
            throw new ClientErrorException("Training job " + jobId + " has no checkpoint to save (" + job.job().getString("status") + ").", 409);
        }
        String name = job.job().getString("model");
        Path modelsFolder = jobs.modelsFolder();
        Path staging = modelsFolder.resolve("." + name + "-" + jobId);
        Double replaced = force ? null : models.model(name).map(m -> perplexity(m.card())).orElse(null);
        // Refused before the export (minutes for the larger models) when the trainer's figure already says so.
        refuseUnlessBetter(name, jobId, job.bestPerplexity().orElse(Double.POSITIVE_INFINITY), replaced);
        try {
            Files.createDirectories(modelsFolder);
            export(job, staging);
            double perplexity = perplexity(JobFolder.read(staging.resolve("model.json")));
            try {
                refuseUnlessBetter(name, jobId, perplexity, replaced);
            } catch (ClientErrorException e) {
                delete(staging);
                throw e;
            }
            Path target = modelsFolder.resolve(name);
            Path previous = modelsFolder.resolve(name + ".previous");
            if (Files.isDirectory(target)) {
                delete(previous);
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            models.reload(name);
            return new Saved(name, jobId, perplexity, force ? null : replaced, target);
        } catch (IOException e) {
            delete(staging);
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseUnlessBetter(String name, String jobId, double perplexity, Double replaced) {
        if (replaced != null && perplexity >= replaced) {
            throw new ClientErrorException("Not saved: " + name + " from job " + jobId + " has a held-out perplexity of "
                    + perplexity + ", not better than the installed model's " + replaced + " (send \"force\": true to serve it anyway).", 409);
        }
    }

    /** Takes an administrator's own version of a model out of service: the shipped one answers again, if there is one. */
    public synchronized void remove(String name) {
        Path target = jobs.modelsFolder().resolve(name);
        if (!Files.isDirectory(target)) {
            throw new NotFoundException("There is no saved version of " + name + " in the models folder (the shipped one cannot be removed).");
        }
        Path previous = jobs.modelsFolder().resolve(name + ".previous");
        delete(previous);
        try {
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        models.reload(name);
    }

    private void export(JobFolder job, Path staging) throws IOException {
        Path pipeline = jobs.pipeline();
        Path log = job.path().resolve("export.log");
        Process process = new ProcessBuilder(jobs.python(), "-m", "kafelot.export", "--checkpoint", job.bestCheckpoint().toString(),
                "--out", staging.toString()).directory(pipeline.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(EXPORT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new ServiceUnavailableException("The export did not finish within " + EXPORT_MINUTES + " minutes; see " + log + ".");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new ServiceUnavailableException("The export was interrupted.");
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(staging.resolve("model.onnx"))) {
            delete(staging);
            throw new ServiceUnavailableException("The export failed (exit code " + process.exitValue() + "); see " + log + ".");
        }
    }

    private static double perplexity(JsonObject card) {
        JsonNumber value = card.getJsonNumber("val_perplexity");
        return value == null ? Double.POSITIVE_INFINITY : value.doubleValue();
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
