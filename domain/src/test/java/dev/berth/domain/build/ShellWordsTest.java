package dev.berth.domain.build;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShellWordsTest {

    private static final Map<String, String> ENV = Map.of("NAME", "world", "EMPTY", "", "PATH_", "/app");
    private final ShellWords words = new ShellWords('\\', ENV::get);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "hello $NAME | hello world",
            "${NAME}s | worlds",
            "${UNSET:-fallback} | fallback",
            "${EMPTY:-fallback} | fallback",
            "${EMPTY-fallback} | ``",
            "${NAME:+alt} | alt",
            "${UNSET:+alt} | ``",
            "${UNSET:-$NAME} | world",
            "'$NAME' | $NAME",
            "\"$NAME\" | world",
            "\\$NAME | $NAME",
            "\"a \\\" b\" | a \" b",
            "$ alone | $ alone",
            "$UNSET | ``",
            "${PATH_}/bin | /app/bin",
    })
    void expandsAsTheReferenceSays(String text, String expected) {
        assertEquals(expected == null ? "" : expected, words.word(text));
    }

    @Test
    void splitsWordsAtUnquotedWhitespaceOnly() {
        assertEquals(List.of("GREET=world", "OTHER=a b", "x y"), words.words("GREET=$NAME OTHER=\"a b\"  'x y'"));
    }

    @Test
    void backtickEscapeOfWindowsDockerfiles() {
        assertEquals("$NAME c:\\dir", new ShellWords('`', ENV::get).word("`$NAME c:\\dir"));
    }

    @Test
    void refusesAnUnterminatedQuoteOrBrace() {
        assertThrows(InvalidParameter.class, () -> words.word("\"open"));
        assertThrows(InvalidParameter.class, () -> words.word("${NAME"));
    }

    @Test
    void requiredVariableMessage() {
        var e = assertThrows(InvalidParameter.class, () -> words.word("${UNSET:?needs a value}"));
        assertEquals("UNSET: needs a value", e.getMessage());
    }
}
