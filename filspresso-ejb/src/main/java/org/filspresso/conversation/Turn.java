package org.filspresso.conversation;

import java.util.List;

/**
 * One message of a conversation. The assistant's carry what was shown with them: the model that
 * wrote it, whether it was checked as grounded, the note and the sources.
 *
 * @param role "user" or "assistant"
 */
public record Turn(String role, String content, String model, Boolean grounded, String note, List<Source> sources) {

    /** Longest stored message: the chat refuses longer questions, and answers are far shorter. */
    public static final int MAX_CONTENT = 4000;
    static final int MAX_NOTE = 1000;

    /** A passage an answer rests on: its title and where to read it. */
    public record Source(String title, String url) {
    }

    public Turn {
        content = limit(content, MAX_CONTENT);
        note = note == null ? null : limit(note, MAX_NOTE);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static Turn question(String text) {
        return new Turn("user", text, null, null, null, List.of());
    }

    public static Turn answer(String text, String model, boolean grounded, String note, List<Source> sources) {
        return new Turn("assistant", text, model, grounded, note, sources);
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
