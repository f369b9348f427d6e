package org.filspresso.ai.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafelotTokenizerTest {

    private static KafelotTokenizer tokenizer;

    @BeforeAll
    static void load() {
        tokenizer = KafelotTokenizer.load(Fixtures.TOKENIZER);
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    @Test
    void givesTheTrainersIdsForEveryLineOfTheSample() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.DIR.resolve("tokenizer-parity.jsonl"));
        assertThat(lines).as("lines in the sample").hasSizeGreaterThan(500);
        for (String line : lines) {
            JsonObject expected = Json.createReader(new StringReader(line)).readObject();
            String text = expected.getString("text");
            assertThat(tokenizer.encode(text)).as(text).containsExactly(Fixtures.longs(expected.getJsonArray("ids")));
        }
    }

    @Test
    void decodesBackToTheNormalisedText() {
        String text = "Cafea bună din Brașov ☕ la 92 °C, in a 40 ml cup";
        assertThat(tokenizer.decode(tokenizer.encode(text))).isEqualTo(text);
    }

    @Test
    void markersAreSingleTokens() {
        assertThat(tokenizer.markerId("<|end|>")).isNotEqualTo(tokenizer.markerId("<|user|>"));
    }
}
