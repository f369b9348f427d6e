package org.filspresso.ai.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The label a model gives a text for one task, with its confidence and every label's probability. */
public record Classification(String task, String label, double confidence, Map<String, Double> probabilities) {

    /**
     * From the model's log-probability of each label: a softmax over the task's labels, so the
     * probabilities say how the model weighs these labels against each other (they sum to 1).
     */
    public static Classification fromLogProbabilities(String task, List<String> labels, double[] logProbabilities) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : logProbabilities) {
            max = Math.max(max, value);
        }
        double sum = 0;
        double[] weights = new double[logProbabilities.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(logProbabilities[i] - max);
            sum += weights[i];
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        int best = 0;
        for (int i = 0; i < weights.length; i++) {
            probabilities.put(labels.get(i), weights[i] / sum);
            if (weights[i] > weights[best]) {
                best = i;
            }
        }
        return new Classification(task, labels.get(best), weights[best] / sum, probabilities);
    }
}
