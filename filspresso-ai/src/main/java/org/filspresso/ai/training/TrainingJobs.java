package org.filspresso.ai.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Training jobs run by the training pipeline (Python, {@code filspresso.training.dir}) as
 * background processes, one at a time (a training run takes every core). Each job has a folder
 * under {@code <training dir>/runs/jobs}: the job's record, the trainer's log, metrics and
 * checkpoints; a restarted server still lists them (a job cut by the restart reads "interrupted").
 */
@ApplicationScoped
public class TrainingJobs {

    private static final Logger LOG = Logger.getLogger(TrainingJobs.class.getName());
    private static final Pattern JOB_ID = Pattern.compile("[0-9]{8}-[0-9]{6}-[0-9a-f]{4}");
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    static final String INSTALL_HINT = "Install the training toolchain (Debian: apt-get install python3-torch python3-sentencepiece python3-onnx)"
            + " and point FILSPRESSO_TRAINING_DIR at filspresso-ai/training of a Filspresso checkout.";

    @Inject
    @ConfigProperty(name = "filspresso.training.dir")
    Optional<String> trainingDir;

    @Inject
    @ConfigProperty(name = "filspresso.training.python", defaultValue = "/usr/bin/python3")
    String python;

    @Inject
    @ConfigProperty(name = "filspresso.models.dir")
    Optional<String> modelsDir;

    private final Map<String, Process> running = new ConcurrentHashMap<>();
    private volatile boolean toolchainFound;

    /** Starts a job: 409 while another runs, 503 when the toolchain is missing. */
    public synchronized JsonObject start(TrainingRequest request) {
        if (!running.isEmpty()) {
            throw new ClientErrorException("Training job " + running.keySet().iterator().next()
                    + " is still running; one job runs at a time. Wait for it or cancel it (DELETE /api/train/{id}).", 409);
        }
        Path pipeline = pipeline();
        String initFrom = null;
        if (request.continueInstalled()) {
            initFrom = installedFolder(pipeline, request.model()).map(Path::toString).orElseThrow(() -> new ClientErrorException(
                    "There is no installed " + request.model() + " to continue from; start it afresh (continue: false).", 409));
        }
        String id = ID_TIME.format(Instant.now()) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        JobFolder folder = new JobFolder(jobsFolder(pipeline).resolve(id));
        try {
            Files.createDirectories(folder.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> train = new ArrayList<>(List.of(python, "-m", "kafelot.train"));
        train.addAll(request.arguments(folder.path().toString(), initFrom));
        // The data is built from the repository on the first run (seconds); later runs reuse it.
        String command = "test -f data/train.txt || " + quote(python) + " -m kafelot.prepare_data >/dev/null && exec "
                + String.join(" ", train.stream().map(TrainingJobs::quote).toList());
        JsonObject job = Json.createObjectBuilder().add("job_id", id).add("model", request.model())
                .add("status", "running").add("started_at", Instant.now().toString())
                .add("continued_from", initFrom == null ? "" : initFrom)
                .add("command", String.join(" ", train)).build();
        folder.writeJob(job);
        try {
            Process process = new ProcessBuilder("bash", "-c", command).directory(pipeline.toFile())
                    .redirectErrorStream(true).redirectOutput(folder.log().toFile()).start();
            running.put(id, process);
            process.onExit().thenAccept(done -> finished(folder, done.exitValue()));
        } catch (IOException e) {
            folder.writeJob(Json.createObjectBuilder(job).add("status", "failed").add("error", "Could not start: " + e.getMessage()).build());
            throw new ServiceUnavailableException("The trainer could not be started: " + e.getMessage() + ". " + INSTALL_HINT);
        }
        LOG.info(() -> "Training job " + id + " started: " + String.join(" ", train));
        return folder.describe();
    }

    private synchronized void finished(JobFolder folder, int exitCode) {
        running.remove(folder.id());
        JsonObject job = folder.job();
        String status = job.getString("status").equals("cancelling") ? "cancelled" : exitCode == 0 ? "succeeded" : "failed";
        folder.writeJob(Json.createObjectBuilder(job).add("status", status).add("exit_code", exitCode)
                .add("finished_at", Instant.now().toString()).build());
        LOG.info(() -> "Training job " + folder.id() + " " + status + " (exit code " + exitCode + ")");
    }

    public synchronized JsonObject cancel(String id) {
        JobFolder folder = folder(id);
        Process process = running.get(id);
        if (process == null) {
            throw new ClientErrorException("Training job " + id + " is not running (" + folder.job().getString("status") + ").", 409);
        }
        folder.writeJob(Json.createObjectBuilder(folder.job()).add("status", "cancelling").build());
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        return folder.describe();
    }

    public JsonObject describe(String id) {
        return folder(id).describe();
    }

    /** Every job, newest first. */
    public List<JsonObject> all() {
        Path jobs = jobsFolder(pipeline());
        if (!Files.isDirectory(jobs)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(jobs)) {
            return folders.filter(p -> JOB_ID.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p.resolve("job.json")))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .map(p -> folder(p.getFileName().toString()).describe()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job's folder; a job marked running without a process here was cut by a restart. */
    public JobFolder folder(String id) {
        if (!JOB_ID.matcher(id).matches()) {
            throw new NotFoundException("No training job " + id + ".");
        }
        JobFolder folder = new JobFolder(jobsFolder(pipeline()).resolve(id));
        if (!Files.isRegularFile(folder.path().resolve("job.json"))) {
            throw new NotFoundException("No training job " + id + ".");
        }
        synchronized (this) {
            JsonObject job = folder.job();
            if (job.getString("status").equals("running") && !running.containsKey(id)) {
                folder.writeJob(Json.createObjectBuilder(job).add("status", "interrupted").build());
            }
        }
        return folder;
    }

    public boolean isRunning(String id) {
        return running.containsKey(id);
    }

    /** The training pipeline's folder, checked: 503 with what to install when it is not usable. */
    public Path pipeline() {
        Path dir = trainingDir.filter(d -> !d.isBlank()).map(Path::of)
                .orElseThrow(() -> new ServiceUnavailableException("Training is not set up on this server. " + INSTALL_HINT));
        if (!Files.isRegularFile(dir.resolve("kafelot/train.py"))) {
            throw new ServiceUnavailableException("The training folder " + dir + " holds no kafelot/train.py. " + INSTALL_HINT);
        }
        if (!toolchainInstalled(dir)) {
            throw new ServiceUnavailableException("Python with PyTorch, SentencePiece and ONNX was not found (" + python + "). " + INSTALL_HINT);
        }
        return dir;
    }

    public String python() {
        return python;
    }

    /** The folder of admins' own models (save-model writes there); 503 when none is configured. */
    public Path modelsFolder() {
        return modelsDir.filter(d -> !d.isBlank()).map(Path::of).orElseThrow(() -> new ServiceUnavailableException(
                "No models folder is configured: set FILSPRESSO_MODELS_DIR (filspresso.models.dir)."));
    }

    /** The installed model's files: an admin's own version, else the one shipped in the repository. */
    private Optional<Path> installedFolder(Path pipeline, String model) {
        return Stream.concat(modelsDir.filter(d -> !d.isBlank()).map(d -> Path.of(d, model)).stream(),
                        Stream.of(pipeline.resolve("../models").resolve(model).normalize()))
                .filter(dir -> Files.isRegularFile(dir.resolve("model.onnx")) && Files.isRegularFile(dir.resolve("model.json")))
                .findFirst();
    }

    /** Checked once found (starting Python with PyTorch takes seconds); checked again while missing. */
    private boolean toolchainInstalled(Path dir) {
        if (toolchainFound) {
            return true;
        }
        try {
            Process check = new ProcessBuilder(python, "-c", "import torch, sentencepiece, onnx").directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            toolchainFound = check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
            return toolchainFound;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path jobsFolder(Path pipeline) {
        return pipeline.resolve("runs").resolve("jobs");
    }

    static String quote(String argument) {
        return "'" + argument.replace("'", "'\\''") + "'";
    }
}
