package org.filspresso.ai.training;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.filspresso.ai.generation.ModelRouter;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
import org.filspresso.query.JsonBody;

/**
 * A body of {@code POST /api/train}: {@code model} (tanka, villanelle or ode; required),
 * {@code epochs} (default 10), {@code steps_per_epoch} (0: one pass over the data), {@code batch},
 * {@code seq}, {@code learning_rate}, and {@code continue} (go on from the installed model's
 * weights instead of starting afresh).
 */
public record TrainingRequest(String model, int epochs, int stepsPerEpoch, int batch, int seq, double learningRate,
                              boolean continueInstalled) {

    public static TrainingRequest parse(String body) {
        JsonObject json = JsonBody.object(body);
        List<FieldError> errors = new ArrayList<>();
        String model = "";
        if (json.get("model") instanceof JsonString name && ModelRouter.MODELS.contains(name.getString())) {
            model = name.getString();
        } else {
            errors.add(new FieldError("model", "model is required: tanka, villanelle or ode."));
        }
        int epochs = (int) JsonBody.number(json, "epochs", 10, 1, 100, true, errors);
        int steps = (int) JsonBody.number(json, "steps_per_epoch", 0, 0, 100_000, true, errors);
        int batch = (int) JsonBody.number(json, "batch", 8, 1, 64, true, errors);
        int seq = (int) JsonBody.number(json, "seq", 512, 16, 1024, true, errors);
        double lr = JsonBody.number(json, "learning_rate", 6e-4, 1e-6, 1e-2, false, errors);
        JsonValue continued = json.get("continue");
        if (continued != null && continued != JsonValue.NULL && continued != JsonValue.TRUE && continued != JsonValue.FALSE) {
            errors.add(new FieldError("continue", "continue is true or false."));
        }
        InvalidInputException.throwIf(errors);
        return new TrainingRequest(model, epochs, steps, batch, seq, lr, continued == JsonValue.TRUE);
    }

    /** The trainer's command line after {@code python3 -m kafelot.train}. */
    List<String> arguments(String out, String initFrom) {
        List<String> args = new ArrayList<>(List.of("--model", model, "--epochs", String.valueOf(epochs),
                "--steps-per-epoch", String.valueOf(stepsPerEpoch), "--batch", String.valueOf(batch), "--seq", String.valueOf(seq),
                "--lr", String.valueOf(learningRate), "--min-lr", String.valueOf(learningRate / 10),
                "--warmup", String.valueOf(Math.min(100, Math.max(1, epochs * Math.max(1, stepsPerEpoch) / 10))),
                "--threads", String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors() - 1)),
                // a third of the held-out classification examples after each epoch: all of them take minutes on a CPU
                "--classify-every", "3", "--out", out));
        if (initFrom != null) {
            args.addAll(List.of("--init-from", initFrom));
        }
        return args;
    }
}
