package org.filspresso.ai.model;

import jakarta.json.JsonObject;
import org.filspresso.ai.generation.AdmissionGate;

/**
 * A model ready to answer: its ONNX session, a generator over it, its card (model.json: sizes and
 * held-out metrics) and the gate that bounds its concurrent requests.
 *
 * @param source "shipped" (inside the application) or the folder it was loaded from
 */
public record InstalledModel(String name, KafelotModel model, Generator generator, JsonObject card, String source,
                             long sizeBytes, AdmissionGate gate) {

    public int context() {
        return card.getJsonObject("config").getInt("context");
    }

    /** Perplexity on the held-out split, as the trainer measured it (NaN when the card has none). */
    public double heldOutPerplexity() {
        return card.containsKey("val_perplexity") ? card.getJsonNumber("val_perplexity").doubleValue() : Double.NaN;
    }
}
