package org.filspresso.ai.classify;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classification tasks a model was trained for, from the {@code classification} entry of its
 * card (model.json): each task's prompt title and labels. A model without the entry classifies nothing.
 */
public record ClassificationTasks(Map<String, Task> tasks) {

    public record Task(String name, String title, List<String> labels) {

        /** The prompt the trainer used (formats.classify): the label follows it. */
        public String prompt(String text) {
            return "<|user|>Classify the " + title + ": " + text.strip() + "\n<|assistant|>";
        }

        /** What the model scores for each label: the label and the end marker, so "espresso" cannot win for "espresso machine". */
        public List<String> continuations() {
            return labels.stream().map(label -> label + "<|end|>").toList();
        }
    }

    public static ClassificationTasks of(JsonObject card) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        JsonObject spec = card.getJsonObject("classification");
        if (spec != null && spec.containsKey("tasks")) {
            spec.getJsonObject("tasks").forEach((name, value) -> {
                JsonObject task = value.asJsonObject();
                tasks.put(name, new Task(name, task.getString("title"),
                        task.getJsonArray("labels").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
            });
        }
        return new ClassificationTasks(Map.copyOf(tasks));
    }

    public boolean isEmpty() {
        return tasks.isEmpty();
    }

    public Optional<Task> task(String name) {
        return Optional.ofNullable(tasks.get(name));
    }
}
