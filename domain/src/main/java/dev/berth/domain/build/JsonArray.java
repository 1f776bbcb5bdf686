package dev.berth.domain.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The exec form's JSON array of strings, read without a JSON library; anything else is not exec form. */
final class JsonArray {

    private final String text;
    private int pos;

    private JsonArray(String text) {
        this.text = text;
    }

    /** The strings of {@code text} when it is exactly a JSON array of strings. */
    static Optional<List<String>> parse(String text) {
        return new JsonArray(text.strip()).array();
    }

    private Optional<List<String>> array() {
        if (!text.startsWith("[")) {
            return Optional.empty();
        }
        pos = 1;
        List<String> values = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return pos == text.length() ? Optional.of(values) : Optional.empty();
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                return Optional.empty();
            }
            pos++;
            Optional<String> value = string();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return pos == text.length() ? Optional.of(values) : Optional.empty();
            }
            if (c != ',') {
                return Optional.empty();
            }
        }
    }

    private Optional<String> string() {
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return Optional.of(out.toString());
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                return Optional.empty();
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        return Optional.empty();
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException bad) {
                        return Optional.empty();
                    }
                    pos += 4;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }
}
