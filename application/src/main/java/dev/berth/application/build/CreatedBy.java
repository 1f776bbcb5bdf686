package dev.berth.application.build;

import java.util.List;
import java.util.stream.Collectors;

/** History lines as dockerd's classic builder writes them ({@code docker history} shows them). */
final class CreatedBy {

    private CreatedBy() {
    }

    /** A step that changes only the config: {@code /bin/sh -c #(nop)  CMD ["sh" "-c"]}. */
    static String metadata(String text) {
        return "/bin/sh -c #(nop)  " + text;
    }

    /** COPY and ADD name their sources by checksum: {@code /bin/sh -c #(nop) COPY file:<hex> in /dest }. */
    static String copy(String keyword, String kind, String checksum, String destination) {
        return "/bin/sh -c #(nop) " + keyword + " " + kind + ":" + checksum + " in " + destination + " ";
    }

    /** RUN: the command, after the build arguments it saw ({@code |1 A=b /bin/sh -c ...}). */
    static String run(List<String> buildEnv, List<String> command) {
        String prefix = buildEnv.isEmpty() ? "" : "|" + buildEnv.size() + " " + String.join(" ", buildEnv) + " ";
        return prefix + String.join(" ", command);
    }

    /** Go's {@code %q} of a string slice: {@code ["a" "b c"]}. */
    static String quoted(List<String> values) {
        return values.stream().map(CreatedBy::quote).collect(Collectors.joining(" ", "[", "]"));
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
