package dev.berth.domain.build;

import dev.berth.domain.error.InvalidParameter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Dockerfile's variable substitution, as moby's shell lexer does it for ADD, COPY, ENV, EXPOSE, FROM, LABEL,
 * STOPSIGNAL, USER, VOLUME, WORKDIR and ARG: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}},
 * {@code ${VAR:+alternative}} (and the forms without colon, which test only for being set), quotes removed
 * (single quotes literal, double quotes expanding), the escape character taking the next one literally.
 * An unset variable expands to nothing.
 */
public final class ShellWords {

    private final char escape;
    private final Function<String, String> lookup;

    /** {@code lookup} returns null for an unset variable. */
    public ShellWords(char escape, Function<String, String> lookup) {
        this.escape = escape;
        this.lookup = lookup;
    }

    /** The whole text as one word (whitespace kept). */
    public String word(String text) {
        return new Scan(text).run(false).getFirst();
    }

    /** The text split into words at unquoted whitespace. */
    public List<String> words(String text) {
        return new Scan(text).run(true);
    }

    private final class Scan {
        private final String text;
        private int pos;

        Scan(String text) {
            this.text = text;
        }

        List<String> run(boolean split) {
            List<String> words = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean inWord = false;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (split && Character.isWhitespace(c)) {
                    pos++;
                    if (inWord) {
                        words.add(current.toString());
                        current.setLength(0);
                        inWord = false;
                    }
                    continue;
                }
                inWord = true;
                if (c == '\'') {
                    pos++;
                    current.append(singleQuoted());
                } else if (c == '"') {
                    pos++;
                    current.append(doubleQuoted());
                } else if (c == escape) {
                    pos++;
                    if (pos < text.length()) {
                        current.append(text.charAt(pos++));
                    } else {
                        current.append(c);
                    }
                } else if (c == '$') {
                    current.append(variable());
                } else {
                    current.append(c);
                    pos++;
                }
            }
            if (inWord || !split) {
                words.add(current.toString());
            }
            return words;
        }

        private String singleQuoted() {
            int end = text.indexOf('\'', pos);
            if (end < 0) {
                throw new InvalidParameter("unexpected end of statement while looking for matching single-quote");
            }
            String literal = text.substring(pos, end);
            pos = end + 1;
            return literal;
        }

        private String doubleQuoted() {
            StringBuilder out = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '"') {
                    pos++;
                    return out.toString();
                }
                if (c == '$') {
                    out.append(variable());
                } else if (c == escape && pos + 1 < text.length() && escapesInQuotes(text.charAt(pos + 1))) {
                    out.append(text.charAt(pos + 1));
                    pos += 2;
                } else {
                    out.append(c);
                    pos++;
                }
            }
            throw new InvalidParameter("unexpected end of statement while looking for matching double-quote");
        }

        /** Inside double quotes the escape character only escapes a quote, a dollar or itself. */
        private boolean escapesInQuotes(char next) {
            return next == '"' || next == '$' || next == escape;
        }

        /** At a {@code $}: the expansion, or a literal {@code $} when no name follows. */
        private String variable() {
            pos++;
            if (pos >= text.length()) {
                return "$";
            }
            char c = text.charAt(pos);
            if (c == '{') {
                pos++;
                return braced();
            }
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                return "$";
            }
            return orEmpty(lookup.apply(text.substring(start, pos)));
        }

        private String braced() {
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            String name = text.substring(start, pos);
            if (name.isEmpty() || pos >= text.length()) {
                throw new InvalidParameter("bad substitution: ${" + text.substring(start));
            }
            char c = text.charAt(pos);
            if (c == '}') {
                pos++;
                return orEmpty(lookup.apply(name));
            }
            boolean colon = c == ':';
            if (colon) {
                pos++;
            }
            if (pos >= text.length()) {
                throw new InvalidParameter("bad substitution: ${" + name);
            }
            char modifier = text.charAt(pos++);
            String word = operand();
            String value = lookup.apply(name);
            boolean set = value != null && (!colon || !value.isEmpty());
            return switch (modifier) {
                case '-' -> set ? value : word;
                case '+' -> set ? word : "";
                case '?' -> {
                    if (!set) {
                        throw new InvalidParameter(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                    }
                    yield value;
                }
                default -> throw new InvalidParameter("unsupported modifier (" + modifier + ") in substitution");
            };
        }

        /** The word of {@code ${VAR:-word}} up to the closing brace, itself expanded. */
        private String operand() {
            StringBuilder out = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '}') {
                    pos++;
                    return out.toString();
                }
                if (c == '$') {
                    out.append(variable());
                } else if (c == '\'') {
                    pos++;
                    out.append(singleQuoted());
                } else if (c == '"') {
                    pos++;
                    out.append(doubleQuoted());
                } else if (c == escape && pos + 1 < text.length()) {
                    out.append(text.charAt(pos + 1));
                    pos += 2;
                } else {
                    out.append(c);
                    pos++;
                }
            }
            throw new InvalidParameter("missing '}' in substitution");
        }
    }

    private static boolean isNameChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c) && c < 128;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
