package dev.berth.domain.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code .dockerignore} rules of moby's pattern matcher: one pattern a line ({@code #} comments), paths
 * relative to the context root, {@code *}, {@code ?}, {@code [..]} within one path element, {@code **} across
 * any number of them, {@code !} exceptions; the last pattern that matches a path (or one of its parent
 * directories) decides.
 */
public final class DockerIgnore {

    public static final DockerIgnore NONE = new DockerIgnore(List.of());

    private record Rule(Pattern pattern, boolean exclusion) {
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exception = line.startsWith("!");
            String pattern = clean(exception ? line.substring(1).strip() : line);
            if (!pattern.isEmpty()) {
                rules.add(new Rule(Pattern.compile(regex(pattern)), !exception));
            }
        }
        return new DockerIgnore(rules);
    }

    /** Whether the path (relative to the context, {@code /}-separated) is left out of the context. */
    public boolean excludes(String path) {
        String cleaned = clean(path);
        if (cleaned.isEmpty()) {
            return false;
        }
        List<String> candidates = new ArrayList<>();
        String[] parts = cleaned.split("/");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            prefix.append(prefix.isEmpty() ? "" : "/").append(part);
            candidates.add(prefix.toString());
        }
        boolean excluded = false;
        for (Rule rule : rules) {
            if (rule.exclusion() == excluded) {
                continue; // cannot change the outcome
            }
            if (candidates.stream().anyMatch(candidate -> rule.pattern().matcher(candidate).matches())) {
                excluded = rule.exclusion();
            }
        }
        return excluded;
    }

    /** A path pattern as a regular expression over {@code /}-separated relative paths (also COPY's wildcards). */
    public static Pattern glob(String pattern) {
        return Pattern.compile(regex(clean(pattern)));
    }

    /** filepath.Clean without the leading slash: patterns and paths are relative to the context root. */
    public static String clean(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
                continue;
            }
            parts.add(part);
        }
        return String.join("/", parts);
    }

    static String regex(String pattern) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                        i++;
                        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
                            i++;
                            out.append("(?:.*/)?"); // **/ : any number of directories, none included
                        } else {
                            out.append(".*");
                        }
                    } else {
                        out.append("[^/]*");
                    }
                }
                case '?' -> out.append("[^/]");
                case '[' -> {
                    int end = pattern.indexOf(']', i + 1);
                    if (end < 0) {
                        out.append("\\[");
                    } else {
                        String set = pattern.substring(i + 1, end);
                        out.append('[').append(set.startsWith("^") || set.startsWith("!")
                                ? "^" + set.substring(1).replace("\\", "\\\\") : set.replace("\\", "\\\\"))
                                .append(']');
                        i = end;
                    }
                }
                case '\\' -> {
                    if (i + 1 < pattern.length()) {
                        out.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                    }
                }
                default -> out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
