package dev.berth.adapters.rest.container;

import dev.berth.domain.container.TerminalSize;
import dev.berth.domain.error.InvalidParameter;

/**
 * The {@code h} and {@code w} of {@code POST /containers/{id}/resize}, read as dockerd reads them
 * ({@code strconv.ParseUint(v, 10, 32)}, its error as the message), before the container is looked up.
 */
final class ResizeQuery {

    private static final long MAX = 0xffffffffL;

    private ResizeQuery() {
    }

    static TerminalSize parse(String height, String width) {
        return new TerminalSize(dimension(height), dimension(width));
    }

    private static int dimension(String value) {
        String text = value == null ? "" : value;
        if (!text.matches("[0-9]+")) {
            throw new InvalidParameter("strconv.ParseUint: parsing \"" + text + "\": invalid syntax");
        }
        if (text.length() > 10 || Long.parseLong(text) > MAX) {
            throw new InvalidParameter("strconv.ParseUint: parsing \"" + text + "\": value out of range");
        }
        // A terminal has 16-bit sizes: TerminalSize refuses what does not fit rather than cut it.
        return (int) Math.min(Long.parseLong(text), Integer.MAX_VALUE);
    }
}
