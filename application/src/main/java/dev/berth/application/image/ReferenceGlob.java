package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ImageReference;

import java.util.regex.Pattern;

/**
 * A {@code reference=} filter of {@code docker images}: a Go {@code path.Match} glob ({@code *} and {@code ?} stop
 * at {@code /}, {@code [...]} classes, {@code \} escapes) tried on the familiar reference ({@code busybox:1}), then
 * on the familiar repository ({@code busybox}), as dockerd's {@code reference.FamiliarMatch}.
 */
final class ReferenceGlob {

    private final Pattern pattern;

    private ReferenceGlob(Pattern pattern) {
        this.pattern = pattern;
    }

    static ReferenceGlob compile(String glob) {
        var regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> regex.append("[^/]*");
                case '?' -> regex.append("[^/]");
                case '\\' -> {
                    if (++i == glob.length()) {
                        throw badPattern(glob);
                    }
                    regex.append(Pattern.quote(String.valueOf(glob.charAt(i))));
                }
                case '[' -> i = appendClass(glob, i, regex);
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new ReferenceGlob(Pattern.compile(regex.toString()));
    }

    /** Copies a {@code [...]} class ({@code ^} negates, as Go); returns the index of its closing bracket. */
    private static int appendClass(String glob, int open, StringBuilder regex) {
        int close = glob.indexOf(']', open + 2);
        if (close < 0) {
            throw badPattern(glob);
        }
        String body = glob.substring(open + 1, close);
        boolean negated = body.startsWith("^");
        if (negated) {
            body = body.substring(1);
        }
        regex.append(negated ? "[^/" : "[");
        for (char c : body.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-') {
                regex.append(c);
            } else {
                regex.append('\\').append(c); // Java regex takes any escaped non-alphanumeric literally
            }
        }
        regex.append(']');
        return close;
    }

    private static InvalidParameter badPattern(String glob) {
        return new InvalidParameter("invalid reference filter " + glob + ": syntax error in pattern");
    }

    boolean matches(ImageReference reference) {
        return pattern.matcher(reference.familiar()).matches()
                || pattern.matcher(reference.familiarRepository()).matches();
    }
}
