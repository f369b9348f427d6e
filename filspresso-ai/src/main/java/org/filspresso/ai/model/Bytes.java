package org.filspresso.ai.model;

/** Searching a serialized graph for a known byte sequence (see {@link PromptPrecision}, {@link OneTokenExperts}). */
final class Bytes {

    private Bytes() {
    }

    /** Where {@code pattern} starts in {@code data} at or after {@code from}; -1 when nowhere. */
    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int at = from; at + pattern.length <= data.length; at++) {
            for (int i = 0; i < pattern.length; i++) {
                if (data[at + i] != pattern[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }
}
