package dev.berth.drivers.storage.common;

import dev.berth.domain.storage.Mount;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Performs a snapshotter's mounts with mount(8), as a runtime would, and undoes them. */
public final class TestMounts {

    private final List<Path> mounted = new ArrayList<>();

    /** Mounts each of {@code mounts} on {@code target}, in order. */
    public void mount(List<Mount> mounts, Path target) throws IOException, InterruptedException {
        for (Mount mount : mounts) {
            List<String> command = new ArrayList<>(List.of("mount"));
            if (!mount.type().equals("bind")) {
                command.addAll(List.of("-t", mount.type()));
            }
            command.addAll(List.of("-o", String.join(",", mount.options()), mount.source(), target.toString()));
            run(command);
            mounted.add(target);
        }
    }

    /** Unmounts everything this instance mounted, last first. */
    public void unmountAll() throws IOException, InterruptedException {
        for (Path target : mounted.reversed()) {
            run(List.of("umount", "-R", target.toString()));
        }
        mounted.clear();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
