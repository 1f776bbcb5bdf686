package dev.berth.drivers.volume.local;

import dev.berth.domain.error.SystemFault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** mount(8) and umount(8), which take the local driver's options as they are, as dockerd's local driver does. */
final class MountCommand implements DeviceMounts {

    @Override
    public void mount(LocalVolumeOptions options, Path target) {
        List<String> command = new ArrayList<>(List.of("mount", "-t", options.type()));
        if (!options.mountOptions().isEmpty()) {
            command.addAll(List.of("-o", options.mountOptions()));
        }
        command.addAll(List.of(options.device(), target.toString()));
        run(command, "error while mounting volume '" + target + "'");
    }

    @Override
    public void unmount(Path target) {
        run(List.of("umount", target.toString()), "error while unmounting volume path '" + target + "'");
    }

    /** Per /proc/self/mountinfo, whose fifth field is the mount point. */
    @Override
    public boolean isMounted(Path target) {
        try {
            String escaped = target.toAbsolutePath().normalize().toString()
                    .replace("\\", "\\134").replace(" ", "\\040").replace("\t", "\\011").replace("\n", "\\012");
            return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
                    .map(line -> line.split(" "))
                    .anyMatch(fields -> fields.length > 4 && fields[4].equals(escaped));
        } catch (IOException e) {
            throw new SystemFault("read /proc/self/mountinfo: " + e.getMessage(), e);
        }
    }

    private static void run(List<String> command, String failure) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new SystemFault(failure + ": " + output);
            }
        } catch (IOException e) {
            throw new SystemFault(failure + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault(failure + ": interrupted", e);
        }
    }
}
