package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;

import java.util.ArrayList;
import java.util.List;

/** Parses the exec form of Dockerfile instructions: a JSON array of strings. */
final class JsonStrings {

    private JsonStrings() {
    }

    static List<String> parse(String text) {
        try {
            return strings(text);
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw invalid(text);
        }
    }

    private static List<String> strings(String text) {
        var values = new ArrayList<String>();
        String body = text.strip();
        if (!body.startsWith("[") || !body.endsWith("]")) {
            throw invalid(text);
        }
        int i = skipSpaces(body, 1);
        if (body.charAt(i) == ']') {
            return values;
        }
        while (true) {
            if (body.charAt(i) != '"') {
                throw invalid(text);
            }
            var value = new StringBuilder();
            i++;
            while (body.charAt(i) != '"') {
                char c = body.charAt(i++);
                if (c == '\\') {
                    char escaped = body.charAt(i++);
                    switch (escaped) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case 'r' -> value.append('\r');
                        case 'b' -> value.append('\b');
                        case 'f' -> value.append('\f');
                        case 'u' -> {
                            value.append((char) Integer.parseInt(body.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> value.append(escaped);
                    }
                } else {
                    value.append(c);
                }
                if (i >= body.length()) {
                    throw invalid(text);
                }
            }
            values.add(value.toString());
            i = skipSpaces(body, i + 1);
            if (body.charAt(i) == ']' && i == body.length() - 1) {
                return values;
            }
            if (body.charAt(i) != ',') {
                throw invalid(text);
            }
            i = skipSpaces(body, i + 1);
        }
    }

    private static int skipSpaces(String body, int from) {
        int i = from;
        while (i < body.length() - 1 && Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return i;
    }

    private static InvalidParameter invalid(String text) {
        return new InvalidParameter("invalid JSON array of strings: " + text);
    }
}
