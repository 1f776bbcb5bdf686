package dev.berth.plugins.sample;

import dev.berth.plugins.sdk.logging.LogDriverPlugin;

import java.nio.file.Path;

/**
 * {@code java -cp ... dev.berth.plugins.sample.SampleLogPlugin <socket> <root>}: the sample log driver plugin
 * ({@link FileLogDriver}), serving on {@code socket} until it is killed.
 */
public final class SampleLogPlugin {

    private SampleLogPlugin() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SampleLogPlugin <socket> <root>");
            System.exit(2);
        }
        LogDriverPlugin.serve(Path.of(args[0]), new FileLogDriver(Path.of(args[1]))).join();
    }
}
