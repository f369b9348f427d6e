package org.filspresso.ai.rag;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.ServiceUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.filspresso.ai.chemistry.ChemistryService;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.CupSize;
import org.filspresso.catalog.Machine;
import org.filspresso.catalog.MachineQuery;

/**
 * The knowledge index of the running application: built at deployment in the background from the
 * knowledge articles, the catalog in the database, the cup volumes and the molecules, and kept in
 * {@code filspresso.index.dir} (in memory when unset). It is rebuilt only when what it is built
 * from changed (a hash of every passage is stored next to it); the server log shows the progress.
 */
@ApplicationScoped
public class RetrievalService {

    /** The knowledge articles shipped in {@code kafelot/knowledge} (training/data/knowledge). */
    static final List<String> ARTICLES = List.of("agronomy", "brewing", "buying", "capsules", "chemistry", "drinks", "equipment",
            "espresso", "extraction", "health", "history", "processing", "regions", "roasting", "sensory", "sustainability");
    private static final Logger LOG = Logger.getLogger(RetrievalService.class.getName());

    @Inject
    @ConfigProperty(name = "filspresso.index.dir")
    Optional<String> indexDir;

    @EJB
    CatalogService catalog;

    @Inject
    ChemistryService chemistry;

    @Resource
    ManagedExecutorService executor;

    /** How long a search waits for the index being built at deployment before answering 503. */
    static final long WAIT_FOR_INDEX_SECONDS = 60;

    private final CountDownLatch prepared = new CountDownLatch(1);
    private volatile KnowledgeIndex index;
    private volatile String state = "waiting to be built";
    private SentenceEmbedder embedder;

    private Future<?> preparing;
    private volatile boolean started;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        preparing = executor.submit(this::prepare);
    }

    /** The best passages for a question; waits for an index being built, then 503 if it is still not ready. */
    public List<KnowledgeIndex.Hit> search(String question, int count, KnowledgeIndex.Mode mode, KnowledgeIndex.Filter filter) {
        try {
            prepared.await(WAIT_FOR_INDEX_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        KnowledgeIndex ready = index;
        if (ready == null) {
            throw new ServiceUnavailableException("The knowledge index is " + state + "; try again in a few seconds.", 5L);
        }
        return ready.search(question, count, mode, filter);
    }

    /** The Markdown of a knowledge article, for the links under answers. */
    public Optional<String> article(String name) {
        if (!ARTICLES.contains(name)) {
            return Optional.empty();
        }
        try (InputStream stream = RetrievalService.class.getResourceAsStream("/kafelot/knowledge/" + name + ".md")) {
            return stream == null ? Optional.empty() : Optional.of(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void prepare() {
        started = true;
        try {
            state = "being built";
            List<Chunk> chunks = chunks();
            String hash = hash(chunks);
            embedder = SentenceEmbedder.load(1);
            Directory directory;
            Optional<Path> folder = indexDir.filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "knowledge"));
            if (folder.isPresent()) {
                Files.createDirectories(folder.get());
                directory = FSDirectory.open(folder.get());
            } else {
                directory = new ByteBuffersDirectory();
            }
            Path marker = folder.map(dir -> dir.resolve("corpus.sha256")).orElse(null);
            boolean current = marker != null && Files.exists(marker) && Files.readString(marker).equals(hash);
            if (!current) {
                LOG.info("Building the knowledge index: " + chunks.size() + " passages" + folder.map(dir -> " in " + dir).orElse(" in memory"));
                KnowledgeIndex.build(directory, chunks, embedder, progress -> {
                    state = "being built (" + progress + ")";
                    LOG.info("Knowledge index: " + progress);
                });
                if (marker != null) {
                    Files.writeString(marker, hash);
                }
            } else {
                LOG.info("Knowledge index up to date in " + folder.get() + " (" + chunks.size() + " passages)");
            }
            index = KnowledgeIndex.open(directory, embedder);
            state = "ready";
        } catch (IOException | RuntimeException e) {
            state = "unavailable (" + e.getMessage() + ")";
            LOG.log(Level.SEVERE, "The knowledge index could not be built", e);
        } finally {
            prepared.countDown();
        }
    }

    private List<Chunk> chunks() {
        List<Chunk> chunks = new ArrayList<>();
        for (String article : ARTICLES) {
            chunks.addAll(KnowledgeChunker.chunks(article, article(article).orElseThrow()));
        }
        CapsuleVolumes volumes = catalog.volumeTable();
        for (Coffee coffee : catalog.findCoffees(CoffeeQuery.all())) {
            Map<String, Integer> cups = new LinkedHashMap<>();
            coffee.cupSizes().forEach(size -> volumes.volumeMl(coffee.system(), size).ifPresent(ml -> cups.put(size.label(), ml)));
            chunks.add(CatalogChunks.coffee(coffee.system(), coffee.slug(), coffee.name(), coffee.intensity(), coffee.decaf(),
                    List.copyOf(coffee.notes()), List.copyOf(coffee.origins()),
                    coffee.roast() == null ? null : coffee.roast().label().toLowerCase(Locale.ROOT), cups, coffee.tastingNotes(),
                    coffee.description()));
        }
        for (Machine machine : catalog.findMachines(MachineQuery.forSystem(null))) {
            chunks.add(CatalogChunks.machine(machine.slug(), machine.name(), machine.system(), machine.maker(), machine.model(),
                    machine.milkSystem().name().toLowerCase(Locale.ROOT), machine.cupSizes().stream().map(CupSize::label).toList(),
                    machine.pumpPressureBar(), machine.waterTankMl(), machine.heatUpSeconds(), machine.description()));
        }
        chunks.add(CatalogChunks.capsuleVolumes(volumes));
        chemistry.molecules().forEach(molecule -> chunks.add(CatalogChunks.molecule(molecule)));
        return chunks;
    }

    private static String hash(List<Chunk> chunks) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Chunk chunk : chunks) {
                digest.update((chunk.id() + "\u0000" + chunk.title() + "\u0000" + chunk.text() + "\u0000" + chunk.url() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * On undeployment: stops a build still running (between two passages) and waits for it, because
     * closing the embedding model's native session while it embeds would bring the JVM down.
     */
    @PreDestroy
    void close() {
        if (preparing != null && preparing.cancel(true) && !started) {
            prepared.countDown(); // cancelled before it ran: nothing to wait for
        }
        try {
            prepared.await(WAIT_FOR_INDEX_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (index != null) {
            index.close();
        }
        if (embedder != null) {
            embedder.close();
        }
    }
}
