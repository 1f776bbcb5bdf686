package dev.berth.application.system;

/** What {@code GET /info} reports, gathered from the daemon and the host. */
public record SystemSummary(
        DaemonSettings daemon,
        int containers,
        int running,
        int paused,
        int stopped,
        int images,
        int cpus,
        long memoryBytes,
        String kernelVersion,
        String architecture,
        String cgroupVersion) {
}
