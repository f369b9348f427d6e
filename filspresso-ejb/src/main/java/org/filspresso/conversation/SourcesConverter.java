package org.filspresso.conversation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** An answer's sources as a JSON array of {title, url} in one column (they are only ever read with their turn). */
@Converter
public class SourcesConverter implements AttributeConverter<List<Turn.Source>, String> {

    /** The column's width; sources beyond it are left out rather than cut mid-way. */
    static final int MAX_LENGTH = 4000;

    @Override
    public String convertToDatabaseColumn(List<Turn.Source> sources) {
        if (sources == null || sources.isEmpty()) {
            return null;
        }
        StringJoiner array = new StringJoiner(",", "[", "]");
        int length = 2;
        for (Turn.Source source : sources) {
            String item = Json.createObjectBuilder().add("title", source.title()).add("url", source.url()).build().toString();
            if (length + item.length() + 1 > MAX_LENGTH) {
                break;
            }
            array.add(item);
            length += item.length() + 1;
        }
        return array.toString();
    }

    @Override
    public List<Turn.Source> convertToEntityAttribute(String json) {
        List<Turn.Source> sources = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return sources;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            reader.readArray().getValuesAs(JsonObject.class)
                    .forEach(source -> sources.add(new Turn.Source(source.getString("title"), source.getString("url"))));
        }
        return sources;
    }
}
