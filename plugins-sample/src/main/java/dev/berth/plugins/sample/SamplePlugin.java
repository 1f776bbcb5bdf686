package dev.berth.plugins.sample;

import dev.berth.plugins.sdk.volume.VolumePlugin;

import java.nio.file.Path;

/**
 * {@code java -cp ... dev.berth.plugins.sample.SamplePlugin <socket> <root>}: the sample volume plugin, serving
 * directories under {@code root} on {@code socket} until it is killed.
 */
public final class SamplePlugin {

    private SamplePlugin() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SamplePlugin <socket> <root>");
            System.exit(2);
        }
        VolumePlugin.serve(Path.of(args[0]), new DirectoryVolumeDriver(Path.of(args[1]))).join();
    }
}
