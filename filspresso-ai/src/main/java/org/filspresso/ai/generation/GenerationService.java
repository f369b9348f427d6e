package org.filspresso.ai.generation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.filspresso.ai.model.Generator;
import org.filspresso.ai.model.InstalledModel;
import org.filspresso.ai.model.ModelRegistry;
import org.filspresso.ai.model.Sampling;
import org.filspresso.query.InvalidInputException;

/** Answers generation and chat requests with the routed model, within that model's admission gate. */
@ApplicationScoped
public class GenerationService {

    /** How long a request may wait for a turn before it is answered 503. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(20);
    private static final String NEXT_QUESTION = "<|user|>";

    public record Answer(String text, String model, int promptTokens, int tokens, String finish, long millis) {
    }

    @Inject
    ModelRegistry models;

    public Answer generate(GenerateRequest request, Consumer<String> onText) {
        if (request.raw()) {
            return answer(request.model(), request.prompt(), 0, request.prompt(), request.sampling(), onText);
        }
        String prompt = NEXT_QUESTION + request.prompt().strip() + "\n<|assistant|>";
        return answer(request.model(), request.prompt(), 0, prompt, stopAtNextQuestion(request.sampling()), onText);
    }

    /** The installed model for a request ("auto" routes by the text and the turns before it). */
    public InstalledModel modelFor(String requested, String text, int earlierTurns) {
        Map<String, Double> installed = models.all().stream()
                .collect(Collectors.toMap(InstalledModel::name, InstalledModel::heldOutPerplexity));
        String name = ModelRouter.choose(requested, text, earlierTurns, installed)
                .orElseThrow(() -> new InvalidInputException("model", requested + " is not installed on this server (installed: "
                        + String.join(", ", models.names()) + ")."));
        return models.model(name).orElseThrow();
    }

    /** Generates from a prompt already in the trained format, with the model chosen for {@code requested}. */
    public Answer answer(String requested, String routingText, int earlierTurns, String prompt, Sampling sampling,
                         Consumer<String> onText) {
        InstalledModel model = modelFor(requested, routingText, earlierTurns);
        long started = System.nanoTime();
        try (AdmissionGate.Turn turn = model.gate().enter(model.name(), MAX_WAIT)) {
            Generator.Generation generation;
            try {
                generation = model.generator().generate(prompt, sampling, onText);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("prompt", e.getMessage() + " (the model's context).");
            }
            return new Answer(generation.text().strip(), model.name(), generation.promptTokens(), generation.generatedTokens(),
                    generation.finish().name().toLowerCase(Locale.ROOT), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The model starting the next question itself ends its answer. */
    public static Sampling stopAtNextQuestion(Sampling sampling) {
        List<String> stop = new ArrayList<>(sampling.stop());
        stop.add(NEXT_QUESTION);
        return new Sampling(sampling.maxTokens(), sampling.temperature(), sampling.topK(), sampling.topP(),
                sampling.repetitionPenalty(), sampling.seed(), stop);
    }
}
