package org.filspresso.ai.model;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.filspresso.ai.generation.AdmissionGate;
import org.filspresso.ai.generation.ModelRouter;

/**
 * The Kafelot models this server answers with, loaded once at start-up: those shipped inside the
 * application, replaced by an administrator's own trained versions where the models folder
 * ({@code filspresso.models.dir}, e.g. FILSPRESSO_MODELS_DIR) holds {@code <name>/model.onnx}
 * and {@code model.json}; a {@code tokenizer.json} there replaces the shipped one too.
 */
@ApplicationScoped
public class ModelRegistry {

    private static final Logger LOG = Logger.getLogger(ModelRegistry.class.getName());
    private static final String SHIPPED = "kafelot/";

    /** Generations one model runs at once, and how many may wait. */
    static final int CONCURRENCY = Math.max(1, Runtime.getRuntime().availableProcessors());
    static final int QUEUE = 8;

    @Inject
    @ConfigProperty(name = "filspresso.models.dir")
    Optional<String> modelsDir;

    private final Map<String, InstalledModel> installed = new LinkedHashMap<>();
    private KafelotTokenizer tokenizer;

    /** Loads at deployment rather than on the first question, which would otherwise wait seconds. */
    void loadAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        loaded();
    }

    public synchronized Optional<InstalledModel> model(String name) {
        return Optional.ofNullable(loaded().get(name));
    }

    public synchronized List<InstalledModel> all() {
        return List.copyOf(loaded().values());
    }

    /** The installed models, loading them first if that has not happened (or failed before). */
    private synchronized Map<String, InstalledModel> loaded() {
        if (tokenizer == null) {
            loadAll();
        }
        return installed;
    }

    public List<String> names() {
        return all().stream().map(InstalledModel::name).toList();
    }

    /**
     * Loads one model again from where it is now found (after an administrator saved or removed
     * their own version) and puts it in place; the old session is closed once its requests are done.
     */
    public synchronized void reload(String name) {
        loaded();
        Optional<Path> folder = modelsDir.filter(dir -> !dir.isBlank()).map(Path::of);
        Optional<InstalledModel> fresh;
        try {
            fresh = loadModel(name, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InstalledModel old = fresh.isPresent() ? installed.put(name, fresh.get()) : installed.remove(name);
        LOG.info(() -> "Kafelot model " + name + " reloaded from " + fresh.map(InstalledModel::source).orElse("nowhere: not installed"));
        if (old != null) {
            retire(old);
        }
    }

    private static void retire(InstalledModel old) {
        Thread closer = new Thread(() -> {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
            while (old.gate().load() > 0 && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            old.model().close();
        }, "kafelot-model-retire");
        closer.setDaemon(true);
        closer.start();
    }

    private void loadAll() {
        Optional<Path> folder = modelsDir.filter(dir -> !dir.isBlank()).map(Path::of);
        Optional<Path> ownTokenizer = folder.map(f -> f.resolve("tokenizer.json")).filter(Files::isRegularFile);
        try (InputStream json = ownTokenizer.isPresent() ? Files.newInputStream(ownTokenizer.get()) : shipped("kafelot.json")) {
            tokenizer = KafelotTokenizer.load(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Kafelot tokenizer", e);
        }
        for (String name : ModelRouter.MODELS) {
            try {
                loadModel(name, folder).ifPresent(model -> installed.put(name, model));
            } catch (RuntimeException | IOException e) {
                LOG.log(Level.WARNING, "Kafelot model " + name + " could not be loaded; it is left out", e);
            }
        }
        LOG.info(() -> "Kafelot models installed: " + installed.keySet());
    }

    private Optional<InstalledModel> loadModel(String name, Optional<Path> folder) throws IOException {
        Optional<Path> own = folder.map(f -> f.resolve(name)).filter(dir -> Files.isRegularFile(dir.resolve("model.onnx")));
        byte[] onnx;
        JsonObject card;
        String source;
        if (own.isPresent()) {
            onnx = Files.readAllBytes(own.get().resolve("model.onnx"));
            try (InputStream in = Files.newInputStream(own.get().resolve("model.json"))) {
                card = readJson(in);
            }
            source = own.get().toString();
        } else {
            try (InputStream model = shipped("models/" + name + "/model.onnx"); InputStream json = shipped("models/" + name + "/model.json")) {
                if (model == null || json == null) {
                    return Optional.empty();
                }
                onnx = model.readAllBytes();
                card = readJson(json);
            }
            source = "shipped";
        }
        KafelotModel model = KafelotModel.load(onnx, 1);
        Generator generator = new Generator(model, tokenizer, card.getJsonObject("config").getInt("context"));
        return Optional.of(new InstalledModel(name, model, generator, card, source, onnx.length, new AdmissionGate(CONCURRENCY, QUEUE)));
    }

    private static InputStream shipped(String path) {
        return ModelRegistry.class.getClassLoader().getResourceAsStream(SHIPPED + path);
    }

    private static JsonObject readJson(InputStream in) {
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** Each model and the tokenizer closed on its own: one that fails must not leave the others' native sessions open. */
    @PreDestroy
    synchronized void close() {
        List<AutoCloseable> parts = new ArrayList<>();
        installed.values().forEach(model -> parts.add(model.model()));
        if (tokenizer != null) {
            parts.add(tokenizer);
        }
        installed.clear();
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "Closing " + part + " failed", e);
            }
        }
    }
}
