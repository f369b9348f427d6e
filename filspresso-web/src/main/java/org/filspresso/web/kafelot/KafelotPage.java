package org.filspresso.web.kafelot;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.filspresso.ai.generation.ModelRouter;
import org.filspresso.ai.model.ModelRegistry;

/** Backs /kafelot: which models can be chosen (the conversation itself runs in the page against /api/chat). */
@Named
@RequestScoped
public class KafelotPage {

    @Inject
    ModelRegistry models;

    /** A choice of the model menu. */
    public record ModelChoice(String name, String label, boolean installed) {
    }

    public List<ModelChoice> getModels() {
        List<String> installed = models.names();
        return ModelRouter.MODELS.stream()
                .map(name -> new ModelChoice(name, Character.toUpperCase(name.charAt(0)) + name.substring(1)
                        + (installed.contains(name) ? "" : " (not installed)"), installed.contains(name)))
                .toList();
    }
}
