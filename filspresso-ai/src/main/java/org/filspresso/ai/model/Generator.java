package org.filspresso.ai.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Generates text with one model: runs the prompt once, then one token at a time with the cache,
 * streaming each new piece of text, until the end marker, a stop sequence or the token limit.
 */
public final class Generator {

    public enum Finish { END, STOP_SEQUENCE, LENGTH, CONTEXT }

    public record Generation(String text, int promptTokens, int generatedTokens, Finish finish) {
    }

    /** How far down the ranking constrained decoding looks for a token the grammar allows. */
    static final int CONSTRAINED_CANDIDATES = 256;

    private final KafelotModel model;
    private final KafelotTokenizer tokenizer;
    private final long endId;
    private final int context;

    public Generator(KafelotModel model, KafelotTokenizer tokenizer, int context) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.endId = tokenizer.markerId("<|end|>");
        this.context = context;
    }

    public Generation generate(String prompt, Sampling sampling, Consumer<String> onText) {
        long[] promptIds = tokenizer.encode(prompt);
        if (promptIds.length == 0 || promptIds.length >= context) {
            throw new IllegalArgumentException("The prompt must hold between 1 and " + (context - 1) + " tokens; it holds " + promptIds.length);
        }
        Sampler sampler = new Sampler(sampling);
        LinkedHashSet<Long> seen = new LinkedHashSet<>();
        Arrays.stream(promptIds).forEach(seen::add);
        List<Long> generated = new ArrayList<>();
        String text = "";
        StringBuilder streamed = new StringBuilder();
        try (KvCache cache = model.newCache((int) Math.min(context, (long) promptIds.length + sampling.maxTokens()))) {
            KafelotModel.Step step = model.forward(promptIds, cache, 1);
            while (true) {
                int next = sampler.next(step.lastLogits(), seen);
                if (next == endId) {
                    return new Generation(text, promptIds.length, generated.size(), Finish.END);
                }
                generated.add((long) next);
                seen.add((long) next);
                String decoded = tokenizer.decode(generated.stream().mapToLong(Long::longValue).toArray());
                for (String stop : sampling.stop()) {
                    int at = decoded.indexOf(stop);
                    if (at >= 0) {
                        emit(onText, streamed, decoded.substring(0, at));
                        return new Generation(decoded.substring(0, at), promptIds.length, generated.size(), Finish.STOP_SEQUENCE);
                    }
                }
                emit(onText, streamed, decoded);
                text = decoded;
                if (generated.size() >= sampling.maxTokens()) {
                    return new Generation(text, promptIds.length, generated.size(), Finish.LENGTH);
                }
                if (cache.length() + 1 >= context) {
                    return new Generation(text, promptIds.length, generated.size(), Finish.CONTEXT);
                }
                step = model.forward(new long[] {next}, cache);
            }
        }
    }

    /**
     * The log-probability of each continuation after the prompt (the sum over its tokens): how
     * the model scores labels. The prompt runs once; each continuation goes on from its cache.
     */
    public double[] continuationLogProbabilities(String prompt, List<String> continuations) {
        long[] promptIds = tokenizer.encode(prompt);
        List<long[]> continuationIds = continuations.stream().map(tokenizer::encode).toList();
        int longest = continuationIds.stream().mapToInt(ids -> ids.length).max().orElse(0);
        if (promptIds.length + longest > context) {
            throw new IllegalArgumentException("The text is longer than the model's context of " + context + " tokens");
        }
        double[] scores = new double[continuations.size()];
        try (KvCache cache = model.newCache(promptIds.length + longest)) {
            float[] first = model.forward(promptIds, cache, 1).lastLogits();
            for (int c = 0; c < scores.length; c++) {
                long[] ids = continuationIds.get(c);
                double total = logProbability(first, ids[0]);
                if (ids.length > 1) {
                    KafelotModel.Step rest = model.forward(Arrays.copyOf(ids, ids.length - 1), cache);
                    cache.rewind(promptIds.length); // the next continuation goes on from the prompt again
                    for (int i = 1; i < ids.length; i++) {
                        total += logProbability(rest.logitsAt(i - 1), ids[i]);
                    }
                }
                scores[c] = total;
            }
        }
        return scores;
    }

    /**
     * Greedy decoding under a grammar: each step takes the most likely of the {@value #CONSTRAINED_CANDIDATES}
     * best tokens after which the text is still a prefix the grammar allows, and stops as soon as the
     * text is complete. Empty when no allowed token is among them or the limit comes first.
     */
    public Optional<String> generateConstrained(String prompt, Predicate<String> allowsPrefix, Predicate<String> isComplete, int maxTokens) {
        long[] promptIds = tokenizer.encode(prompt);
        if (promptIds.length == 0 || promptIds.length + maxTokens >= context) {
            throw new IllegalArgumentException("The prompt must leave room for " + maxTokens + " tokens in the context of " + context);
        }
        long[] generated = new long[0];
        String text = "";
        try (KvCache cache = model.newCache(promptIds.length + maxTokens)) {
            KafelotModel.Step step = model.forward(promptIds, cache, 1);
            for (int produced = 0; produced < maxTokens; produced++) {
                long chosen = -1;
                for (int candidate : Sampler.ranking(step.lastLogits(), CONSTRAINED_CANDIDATES)) {
                    long[] extended = Arrays.copyOf(generated, generated.length + 1);
                    extended[generated.length] = candidate;
                    String candidateText = tokenizer.decode(extended);
                    if (candidateText.length() > text.length() && allowsPrefix.test(candidateText)) {
                        chosen = candidate;
                        generated = extended;
                        text = candidateText;
                        break;
                    }
                }
                if (chosen < 0) {
                    return Optional.empty();
                }
                if (isComplete.test(text)) {
                    return Optional.of(text);
                }
                step = model.forward(new long[] {chosen}, cache);
            }
            return Optional.empty();
        }
    }

    /** log softmax(logits)[token]: the model's log-probability of that token. */
    public static double logProbability(float[] logits, long token) {
        double max = Double.NEGATIVE_INFINITY;
        for (float logit : logits) {
            max = Math.max(max, logit);
        }
        double sum = 0;
        for (float logit : logits) {
            sum += Math.exp(logit - max);
        }
        return logits[(int) token] - max - Math.log(sum);
    }

    /**
     * Streams what the text gained since the last piece. Held back while the text ends in an
     * incomplete character (a multi-byte character arrives as several byte tokens).
     */
    private static void emit(Consumer<String> onText, StringBuilder streamed, String now) {
        if (now.endsWith("\uFFFD") || !now.startsWith(streamed.toString()) || now.length() == streamed.length()) {
            return;
        }
        onText.accept(now.substring(streamed.length()));
        streamed.setLength(0);
        streamed.append(now);
    }
}
