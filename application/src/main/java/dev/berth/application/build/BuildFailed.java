package dev.berth.application.build;

/**
 * A step failed after the build's output began: the message ends the stream as its {@code errorDetail}, with
 * {@code code} (a failing RUN's exit code) the CLI exits with.
 */
public final class BuildFailed extends RuntimeException {

    private final int code;

    public BuildFailed(String message, int code) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
