package org.filspresso.ai.classify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ServiceUnavailableException;
import java.util.ArrayList;
import java.util.List;
import org.filspresso.ai.generation.AdmissionGate;
import org.filspresso.ai.generation.GenerationService;
import org.filspresso.ai.generation.ModelRouter;
import org.filspresso.ai.model.InstalledModel;
import org.filspresso.ai.model.ModelRegistry;
import org.filspresso.query.InvalidInputException;

/** Classifies texts with a model trained for it: each label scored by the model, within the model's admission gate. */
@ApplicationScoped
public class ClassificationService {

    public record Result(String model, List<Classification> classifications, long millis) {
    }

    @Inject
    ModelRegistry models;

    public Result classify(ClassifyRequest request) {
        InstalledModel model = modelFor(request.model());
        ClassificationTasks tasks = ClassificationTasks.of(model.card());
        long started = System.nanoTime();
        List<Classification> results = new ArrayList<>();
        try (AdmissionGate.Turn turn = model.gate().enter(model.name(), GenerationService.MAX_WAIT)) {
            for (String name : request.tasks()) {
                ClassificationTasks.Task task = tasks.task(name).orElseThrow(() -> new InvalidInputException("task",
                        model.name() + " was not trained for the task " + name + "."));
                double[] scores;
                try {
                    scores = model.generator().continuationLogProbabilities(task.prompt(request.text()), task.continuations());
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("text", e.getMessage() + ".");
                }
                results.add(Classification.fromLogProbabilities(name, task.labels(), scores));
            }
        }
        return new Result(model.name(), results, (System.nanoTime() - started) / 1_000_000);
    }

    /** The requested model, or for "auto" the smallest installed model trained to classify (classification needs no long reasoning). */
    private InstalledModel modelFor(String requested) {
        if (!"auto".equals(requested)) {
            InstalledModel model = models.model(requested).orElseThrow(() -> new InvalidInputException("model",
                    requested + " is not installed on this server (installed: " + String.join(", ", models.names()) + ")."));
            if (ClassificationTasks.of(model.card()).isEmpty()) {
                throw new InvalidInputException("model", requested + " was not trained to classify; use auto or " + classifiers() + ".");
            }
            return model;
        }
        return ModelRouter.MODELS.stream().flatMap(name -> models.model(name).stream())
                .filter(model -> !ClassificationTasks.of(model.card()).isEmpty()).findFirst()
                .orElseThrow(() -> new ServiceUnavailableException("No installed model was trained to classify."));
    }

    private String classifiers() {
        return String.join(", ", models.all().stream().filter(m -> !ClassificationTasks.of(m.card()).isEmpty()).map(InstalledModel::name).toList());
    }
}
