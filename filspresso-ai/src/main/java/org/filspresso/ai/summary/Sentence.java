package org.filspresso.ai.summary;

/** A sentence of a text, with where it stands in that text ({@code text.substring(start, end)}). */
public record Sentence(String text, int start, int end) {
}
