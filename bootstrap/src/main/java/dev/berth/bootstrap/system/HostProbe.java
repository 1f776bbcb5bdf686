package dev.berth.bootstrap.system;

import dev.berth.application.system.HostFacts;
import dev.berth.plugins.sdk.AtomicFile;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@link HostFacts} once, at start-up; a fact that cannot be read is empty, never fatal. */
public final class HostProbe {

    private static final Logger LOG = Logger.getLogger(HostProbe.class);
    private static final Path OS_RELEASE = Path.of("/etc/os-release");
    private static final String ENGINE_ID_FILE = "engine-id";
    private static final Pattern VERSION = Pattern.compile("version\\s+v?([0-9][^\\s,]*)");
    /** dockerd's names for the filesystems it reports as "Backing Filesystem". */
    private static final Map<String, String> FILESYSTEM_NAMES = Map.of(
            "ext2", "extfs", "ext3", "extfs", "ext4", "extfs", "overlay", "overlayfs", "fuse.sshfs", "sshfs");

    private HostProbe() {
    }

    public static HostFacts probe(Path dataRoot, Path runtimeBinary, Path initBinary) {
        return new HostFacts(engineId(dataRoot), operatingSystem(), backingFilesystem(dataRoot),
                toolVersion(runtimeBinary), initBinary.toString(), toolVersion(initBinary));
    }

    /** A random ID made on the first start and kept in the data root, as dockerd's engine ID. */
    static String engineId(Path dataRoot) {
        Path file = dataRoot.resolve(ENGINE_ID_FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dataRoot);
            String id = UUID.randomUUID().toString();
            AtomicFile.write(file, id);
            return id;
        } catch (IOException e) {
            LOG.warn("cannot keep the engine ID in " + file + ": " + e.getMessage());
            return "";
        }
    }

    /** {@code PRETTY_NAME} of /etc/os-release, as dockerd shows "Operating System". */
    static String operatingSystem() {
        return operatingSystem(read(OS_RELEASE).orElse(""));
    }

    static String operatingSystem(String osRelease) {
        return osRelease.lines()
                .filter(line -> line.startsWith("PRETTY_NAME="))
                .map(line -> line.substring("PRETTY_NAME=".length()).replaceAll("^\"|\"$", ""))
                .findFirst()
                .orElse(System.getProperty("os.name"));
    }

    static String backingFilesystem(Path dataRoot) {
        try {
            Path existing = dataRoot;
            while (!Files.exists(existing) && existing.getParent() != null) {
                existing = existing.getParent();
            }
            String type = Files.getFileStore(existing).type().toLowerCase(Locale.ROOT);
            return FILESYSTEM_NAMES.getOrDefault(type, type);
        } catch (IOException e) {
            return "";
        }
    }

    /** The version a tool prints for {@code --version} ({@code runc version 1.1.5} gives {@code 1.1.5}). */
    static String toolVersion(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
            // A version line fits in the pipe's buffer, so waiting before reading cannot block the tool.
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return versionIn(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static String versionIn(String output) {
        Matcher matcher = VERSION.matcher(output);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
