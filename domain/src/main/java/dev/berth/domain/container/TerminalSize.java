package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

/**
 * The rows and columns of a container's terminal ({@code HostConfig.ConsoleSize}, {@code POST .../resize}).
 * Both fit a {@code struct winsize} field (16 bits); 0x0 means "not set", as a fresh pty is.
 */
public record TerminalSize(int height, int width) {

    public static final TerminalSize UNSET = new TerminalSize(0, 0);
    private static final int MAX = 0xffff;

    public TerminalSize {
        if (height < 0 || width < 0 || height > MAX || width > MAX) {
            throw new InvalidParameter("invalid terminal size: height=" + height + ", width=" + width);
        }
    }

    public boolean isSet() {
        return height > 0 || width > 0;
    }
}
