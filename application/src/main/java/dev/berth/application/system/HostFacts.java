package dev.berth.application.system;

/**
 * Facts about the host and the tools berthd runs, read once at start-up for {@code docker info}: the engine's
 * persistent ID, the OS's pretty name, the filesystem under the data root as dockerd names it ({@code extfs}), and
 * the versions of the runtime and of the {@code --init} binary ({@code ""} when they could not be read).
 */
public record HostFacts(String engineId, String operatingSystem, String backingFilesystem, String runtimeVersion,
                        String initBinary, String initVersion) {
}
