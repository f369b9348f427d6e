package org.filspresso.ai.rag;

/**
 * A passage the assistant can retrieve and cite.
 *
 * @param id       unique in the index ("knowledge/brewing#…~2" for the second part of a long section)
 * @param source   what it was cut from, the unit a citation and the evaluation count ("knowledge/brewing#…",
 *                 "coffee/original/kazaar", "machine/…", "molecule/caffeine", "capsule-volumes")
 * @param category knowledge, coffee, machine, molecule or capsule-volumes (a search filter)
 * @param title    the section path or the product's name, shown under the answer
 * @param url      where a person reads the whole of it
 */
public record Chunk(String id, String source, String category, String title, String text, String url, String language) {

    public Chunk(String source, String category, String title, String text, String url) {
        this(source, source, category, title, text, url, "en");
    }
}
