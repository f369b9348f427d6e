package org.filspresso.ai.model;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Kafelot's tokenizer: the {@code tokenizer.json} written by the trainer, read with Hugging Face
 * tokenizers through DJL. Gives the same ids as the SentencePiece model used in training (a test
 * checks it on every build), provided text is normalised the same way: runs of spaces and tabs
 * become one space.
 */
public final class KafelotTokenizer implements AutoCloseable {

    private static final Pattern BLANKS = Pattern.compile("[ \t]+");
    private static final Map<String, String> OPTIONS = Map.of("addSpecialTokens", "false", "padding", "false", "truncation", "false");

    private final HuggingFaceTokenizer tokenizer;

    private KafelotTokenizer(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public static KafelotTokenizer load(Path tokenizerJson) {
        try {
            return new KafelotTokenizer(HuggingFaceTokenizer.newInstance(tokenizerJson, OPTIONS));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tokenizer " + tokenizerJson, e);
        }
    }

    /** From a {@code tokenizer.json} stream (the one shipped inside the application). */
    public static KafelotTokenizer load(InputStream tokenizerJson) {
        try {
            return new KafelotTokenizer(HuggingFaceTokenizer.newInstance(tokenizerJson, OPTIONS));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tokenizer", e);
        }
    }

    public long[] encode(String text) {
        return tokenizer.encode(normalise(text), false, false).getIds();
    }

    public String decode(long[] ids) {
        return tokenizer.decode(ids, false);
    }

    /** The id of a marker such as {@code <|end|>}, which is always a single token. */
    public long markerId(String marker) {
        long[] ids = encode(marker);
        if (ids.length != 1) {
            throw new IllegalArgumentException(marker + " is not a single token");
        }
        return ids[0];
    }

    static String normalise(String text) {
        return BLANKS.matcher(text).replaceAll(" ");
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
