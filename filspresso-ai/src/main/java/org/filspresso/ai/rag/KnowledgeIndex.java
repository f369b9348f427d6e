package org.filspresso.ai.rag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;

/**
 * The assistant's knowledge in Lucene: every passage with its words for BM25 (English stemming,
 * the title counted twice) and its sentence embedding for an HNSW nearest-neighbour search. A
 * hybrid search fuses the two rankings by reciprocal rank (each list adds 1 / (60 + rank)), so a
 * passage that either finds, and above all one both find, comes first.
 */
public final class KnowledgeIndex implements AutoCloseable {

    public enum Mode { BM25, VECTOR, HYBRID }

    /**
     * A passage found, with its fused score, its rank in each list (0 when that list missed it) and
     * the cosine similarity of its embedding to the question's (0 when the vector search missed it).
     */
    public record Hit(Chunk chunk, double score, int wordRank, int meaningRank, double similarity) {
    }

    static final int RRF_K = 60;
    /** How deep each list is read before fusing. */
    static final int CANDIDATES = 50;
    static final float TITLE_BOOST = 2f;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SentenceEmbedder embedder;
    private final Analyzer analyzer = new EnglishAnalyzer();

    private KnowledgeIndex(DirectoryReader reader, SentenceEmbedder embedder) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.embedder = embedder;
    }

    /** Writes every chunk, replacing what {@code directory} held; reports progress every 100 passages. */
    public static void build(Directory directory, List<Chunk> chunks, SentenceEmbedder embedder, Consumer<String> progress) {
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int done = 0;
            for (Chunk chunk : chunks) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("The knowledge index build was stopped after " + done + " passages");
                }
                Document document = new Document();
                document.add(new StringField("id", chunk.id(), Field.Store.YES));
                document.add(new StringField("source", chunk.source(), Field.Store.YES));
                document.add(new StringField("category", chunk.category(), Field.Store.YES));
                document.add(new StringField("language", chunk.language(), Field.Store.YES));
                document.add(new TextField("title", chunk.title(), Field.Store.YES));
                document.add(new TextField("text", chunk.text(), Field.Store.YES));
                document.add(new StoredField("url", chunk.url()));
                document.add(new KnnFloatVectorField("meaning", embedder.embed(chunk.title() + ". " + chunk.text()),
                        VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(document);
                if (++done % 100 == 0 || done == chunks.size()) {
                    progress.accept("indexed " + done + " of " + chunks.size() + " passages");
                }
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the knowledge index", e);
        }
    }

    public static KnowledgeIndex open(Directory directory, SentenceEmbedder embedder) {
        try {
            return new KnowledgeIndex(DirectoryReader.open(directory), embedder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the knowledge index", e);
        }
    }

    public int size() {
        return reader.numDocs();
    }

    /** Which passages a search may return: of one category, in one language, or any. */
    public record Filter(Optional<String> category, Optional<String> language) {

        public static final Filter NONE = new Filter(Optional.empty(), Optional.empty());

        public static Filter category(String category) {
            return new Filter(Optional.of(category), Optional.empty());
        }

        /** The filter as a Lucene query, or null when it lets everything through. */
        Query query() {
            if (category.isEmpty() && language.isEmpty()) {
                return null;
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            category.ifPresent(name -> query.add(new TermQuery(new Term("category", name)), BooleanClause.Occur.FILTER));
            language.ifPresent(code -> query.add(new TermQuery(new Term("language", code)), BooleanClause.Occur.FILTER));
            return query.build();
        }
    }

    /** The {@code count} best passages for {@code question} that pass the filter. */
    public List<Hit> search(String question, int count, Mode mode, Filter filter) {
        try {
            Map<Integer, Integer> words = mode == Mode.VECTOR ? Map.of() : ranks(searcher.search(wordQuery(question, filter), CANDIDATES).scoreDocs);
            ScoreDoc[] nearest = mode == Mode.BM25 ? new ScoreDoc[0] : searcher.search(meaningQuery(question, filter), CANDIDATES).scoreDocs;
            Map<Integer, Integer> meaning = ranks(nearest);
            Map<Integer, Double> similarity = new HashMap<>();
            for (ScoreDoc doc : nearest) {
                similarity.put(doc.doc, 2.0 * doc.score - 1); // Lucene scores a dot product d as (1 + d) / 2
            }
            Map<Integer, Double> fused = new HashMap<>();
            words.forEach((doc, rank) -> fused.merge(doc, 1.0 / (RRF_K + rank), Double::sum));
            meaning.forEach((doc, rank) -> fused.merge(doc, 1.0 / (RRF_K + rank), Double::sum));
            List<Hit> hits = new ArrayList<>();
            for (Map.Entry<Integer, Double> entry : fused.entrySet()) {
                Document document = searcher.storedFields().document(entry.getKey());
                Chunk chunk = new Chunk(document.get("id"), document.get("source"), document.get("category"), document.get("title"),
                        document.get("text"), document.get("url"), document.get("language"));
                hits.add(new Hit(chunk, entry.getValue(), words.getOrDefault(entry.getKey(), 0), meaning.getOrDefault(entry.getKey(), 0),
                        similarity.getOrDefault(entry.getKey(), 0.0)));
            }
            hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(hit -> hit.chunk().id()));
            return hits.subList(0, Math.min(count, hits.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("The knowledge index cannot be searched", e);
        }
    }

    /** Lucene document number to rank (1 = first). */
    private static Map<Integer, Integer> ranks(ScoreDoc[] found) {
        Map<Integer, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < found.length; i++) {
            ranks.put(found[i].doc, i + 1);
        }
        return ranks;
    }

    private Query wordQuery(String question, Filter filter) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream("text", question)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                query.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                query.add(new BoostQuery(new TermQuery(new Term("title", term.toString())), TITLE_BOOST), BooleanClause.Occur.SHOULD);
            }
            tokens.end();
        }
        Query only = filter.query();
        if (only != null) {
            query.add(only, BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private Query meaningQuery(String question, Filter filter) {
        return new KnnFloatVectorQuery("meaning", embedder.embed(question), CANDIDATES, filter.query());
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
