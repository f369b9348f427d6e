package org.filspresso.ai.generation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.filspresso.ai.model.Generator;
import org.filspresso.ai.model.InstalledModel;
import org.filspresso.ai.model.ModelRegistry;
import org.filspresso.ai.model.Sampling;
import org.filspresso.query.InvalidInputException;

/** Answers a generation request with the routed model, within that model's admission gate. */
@ApplicationScoped
public class GenerationService {

    /** How long a request may wait for a turn before it is answered 503. */
    static final Duration MAX_WAIT = Duration.ofSeconds(20);

    public record Answer(String text, String model, int promptTokens, int tokens, String finish, long millis) {
    }

    @Inject
    ModelRegistry models;

    public Answer generate(GenerateRequest request, Consumer<String> onText) {
        List<String> installed = models.names();
        String name = ModelRouter.choose(request.model(), request.prompt(), 0, installed)
                .orElseThrow(() -> new InvalidInputException("model", request.model() + " is not installed on this server (installed: "
                        + String.join(", ", installed) + ")."));
        InstalledModel model = models.model(name).orElseThrow();
        String prompt = request.raw() ? request.prompt() : "<|user|>" + request.prompt().strip() + "\n<|assistant|>";
        Sampling sampling = request.sampling();
        if (!request.raw()) {
            List<String> stop = new ArrayList<>(sampling.stop());
            stop.add("<|user|>"); // the model starting the next question itself
            sampling = new Sampling(sampling.maxTokens(), sampling.temperature(), sampling.topK(), sampling.topP(),
                    sampling.repetitionPenalty(), sampling.seed(), stop);
        }
        long started = System.nanoTime();
        try (AdmissionGate.Turn turn = model.gate().enter(name, MAX_WAIT)) {
            Generator.Generation generation;
            try {
                generation = model.generator().generate(prompt, sampling, onText);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("prompt", e.getMessage() + " (the model's context).");
            }
            return new Answer(generation.text().strip(), name, generation.promptTokens(), generation.generatedTokens(),
                    generation.finish().name().toLowerCase(java.util.Locale.ROOT), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
