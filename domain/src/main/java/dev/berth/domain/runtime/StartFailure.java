package dev.berth.domain.runtime;

/** The exit code dockerd records for a process that could not be started (the CLI uses the same rule). */
public final class StartFailure {

    private StartFailure() {
    }

    /** 126 when the file is not executable, else 127 (not found). */
    public static int exitCode(String runtimeMessage) {
        return runtimeMessage.contains("permission denied") || runtimeMessage.contains("is a directory") ? 126 : 127;
    }
}
