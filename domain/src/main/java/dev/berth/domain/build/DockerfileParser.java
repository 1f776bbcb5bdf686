package dev.berth.domain.build;

import dev.berth.domain.error.InvalidParameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dockerfile grammar of moby's parser: parser directives at the top ({@code # escape=}, {@code # syntax=}
 * ignored with a warning), comment lines (also inside continuations), line continuation by the escape character,
 * a keyword, flags for the instructions that take them and exec (JSON) or shell form. Heredocs are refused: the
 * classic builder has none.
 */
public final class DockerfileParser {

    public static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "ENTRYPOINT", "ENV", "ARG", "WORKDIR",
            "USER", "EXPOSE", "LABEL", "COPY", "ADD", "VOLUME", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "ONBUILD",
            "MAINTAINER");
    /** The flags the classic builder knows; RUN's (--mount, --network, --security) need BuildKit. */
    private static final Map<String, Set<String>> FLAGS = Map.of("FROM", Set.of("platform"), "RUN", Set.of(),
            "COPY", Set.of("from", "chown", "chmod"), "ADD", Set.of("chown", "chmod"),
            "HEALTHCHECK", Set.of("interval", "timeout", "start-period", "start-interval", "retries"));
    private static final Set<String> JSON_FORMS = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "VOLUME", "COPY",
            "ADD");
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*[\"']?[A-Za-z_][A-Za-z0-9_]*[\"']?");
    private static final Pattern FLAG = Pattern.compile("--([a-zA-Z][a-zA-Z0-9-]*)(?:=(\\S*))?");

    private DockerfileParser() {
    }

    /** InvalidParameter, naming the line, for an unknown instruction or a malformed one. */
    public static Dockerfile parse(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<String> warnings = new ArrayList<>();
        char escape = '\\';
        int index = 0;
        for (; index < lines.length; index++) {
            Matcher directive = DIRECTIVE.matcher(lines[index]);
            if (!directive.matches()) {
                break;
            }
            String name = directive.group(1).toLowerCase();
            String value = directive.group(2);
            switch (name) {
                case "escape" -> {
                    if (!value.equals("\\") && !value.equals("`")) {
                        throw new InvalidParameter("invalid escape token '" + value
                                + "' does not match ` or \\");
                    }
                    escape = value.charAt(0);
                }
                case "syntax" -> warnings.add("the syntax directive (" + value
                        + ") is ignored: the classic builder has one Dockerfile syntax");
                default -> { } // any other directive is a comment, as in moby
            }
        }
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = null;
        int start = 0;
        for (; index < lines.length; index++) {
            String line = lines[index];
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || pending == null && trimmed.isEmpty()) {
                continue;
            }
            if (pending != null && trimmed.isEmpty()) {
                continue; // an empty continuation line: moby warns and goes on
            }
            if (pending == null) {
                pending = new StringBuilder();
                start = index + 1;
            }
            String content = pending.isEmpty() ? line.stripLeading() : line;
            String end = content.stripTrailing();
            if (!end.isEmpty() && end.charAt(end.length() - 1) == escape) {
                pending.append(end, 0, end.length() - 1);
                continue;
            }
            pending.append(content);
            instructions.add(instruction(pending.toString().strip(), start));
            pending = null;
        }
        if (pending != null && !pending.toString().isBlank()) {
            instructions.add(instruction(pending.toString().strip(), start));
        }
        return new Dockerfile(instructions, escape, warnings);
    }

    /** One joined instruction line: {@code ONBUILD}'s argument is itself an instruction. */
    public static Instruction instruction(String joined, int line) {
        int space = firstSpace(joined);
        String keyword = (space < 0 ? joined : joined.substring(0, space)).toUpperCase();
        String rest = space < 0 ? "" : joined.substring(space).strip();
        if (!KEYWORDS.contains(keyword)) {
            throw new InvalidParameter("dockerfile parse error line " + line + ": unknown instruction: " + keyword);
        }
        Map<String, String> flags = new LinkedHashMap<>();
        if (FLAGS.containsKey(keyword)) {
            rest = takeFlags(rest, flags);
            for (String flag : flags.keySet()) {
                if (!FLAGS.get(keyword).contains(flag)) {
                    throw new InvalidParameter("dockerfile parse error line " + line + ": " + (keyword.equals("RUN")
                            ? "the --" + flag + " option requires BuildKit" : "Unknown flag: " + flag));
                }
            }
        }
        if (Set.of("RUN", "COPY", "ADD").contains(keyword) && HEREDOC.matcher(rest).find()) {
            throw new InvalidParameter("dockerfile parse error line " + line + ": heredocs (" + keyword
                    + " <<...) are not supported by the classic builder");
        }
        List<String> json = JSON_FORMS.contains(keyword) ? JsonArray.parse(rest).orElse(null) : null;
        if (keyword.equals("SHELL") && json == null) {
            throw new InvalidParameter("dockerfile parse error line " + line
                    + ": SHELL requires the arguments to be in JSON form");
        }
        if (rest.isEmpty() && !Set.of("CMD", "ENTRYPOINT", "RUN").contains(keyword)) {
            throw new InvalidParameter("dockerfile parse error line " + line + ": " + keyword
                    + " requires at least one argument");
        }
        return new Instruction(keyword, flags, rest, json, joined, line);
    }

    private static String takeFlags(String rest, Map<String, String> flags) {
        String remaining = rest;
        while (remaining.startsWith("--")) {
            int space = firstSpace(remaining);
            String token = space < 0 ? remaining : remaining.substring(0, space);
            Matcher flag = FLAG.matcher(token);
            if (!flag.matches()) {
                throw new InvalidParameter("invalid flag: " + token);
            }
            flags.put(flag.group(1).toLowerCase(), flag.group(2) == null ? "" : flag.group(2));
            remaining = space < 0 ? "" : remaining.substring(space).strip();
        }
        return remaining;
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
