package org.filspresso.ai.rag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a knowledge article (Markdown) into one passage per section: the text under a heading up to
 * the next heading, titled by its heading path ("Brewing > Core Variables > Water Temperature").
 * A section longer than {@link #MAX_CHARACTERS} is split at paragraph breaks into parts that share
 * its title and source, so each part fits what the embedding model reads.
 */
public final class KnowledgeChunker {

    static final int MAX_CHARACTERS = 1200;

    private KnowledgeChunker() {
    }

    /** @param article the file's stem ("brewing"), which names the sources and the link */
    public static List<Chunk> chunks(String article, String markdown) {
        List<Chunk> chunks = new ArrayList<>();
        String[] path = new String[6];
        StringBuilder text = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            int level = headingLevel(line);
            if (level > 0) {
                emit(article, path, text, chunks);
                path[level - 1] = line.substring(level).strip();
                for (int deeper = level; deeper < path.length; deeper++) {
                    path[deeper] = null;
                }
            } else {
                text.append(line).append('\n');
            }
        }
        emit(article, path, text, chunks);
        return chunks;
    }

    private static void emit(String article, String[] path, StringBuilder text, List<Chunk> chunks) {
        String body = text.toString().strip();
        text.setLength(0);
        List<String> titles = new ArrayList<>();
        for (String part : path) {
            if (part != null) {
                titles.add(part);
            }
        }
        if (body.isEmpty() || titles.isEmpty()) {
            return;
        }
        String title = String.join(" > ", titles);
        String source = "knowledge/" + article + "#" + title;
        String url = "/api/knowledge/" + article + "#" + anchor(titles.get(titles.size() - 1));
        List<String> parts = parts(body);
        for (int i = 0; i < parts.size(); i++) {
            String id = parts.size() == 1 ? source : source + "~" + (i + 1);
            chunks.add(new Chunk(id, source, "knowledge", title, parts.get(i), url, "en"));
        }
    }

    /** Paragraphs gathered into parts of at most MAX_CHARACTERS (a longer paragraph stays whole). */
    static List<String> parts(String body) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String paragraph : body.split("\n\\s*\n")) {
            if (part.length() > 0 && part.length() + paragraph.length() > MAX_CHARACTERS) {
                parts.add(part.toString().strip());
                part.setLength(0);
            }
            part.append(paragraph.strip()).append("\n\n");
        }
        if (part.length() > 0) {
            parts.add(part.toString().strip());
        }
        return parts;
    }

    private static int headingLevel(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level <= 6 && line.length() > level && line.charAt(level) == ' ' ? level : 0;
    }

    /** GitHub-style heading anchor: lower case, spaces to hyphens, punctuation dropped. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").strip().replace(' ', '-');
    }
}
