package dev.berth.plugins.sample;

import dev.berth.plugins.sdk.authz.AuthorizationPlugin;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * {@code java -cp ... dev.berth.plugins.sample.SampleAuthorizationPlugin <socket> <denied-uri-regex>}: the sample
 * authorization plugin ({@link SamplePolicy}), serving on {@code socket} until it is killed.
 */
public final class SampleAuthorizationPlugin {

    private SampleAuthorizationPlugin() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SampleAuthorizationPlugin <socket> <denied-uri-regex>");
            System.exit(2);
        }
        AuthorizationPlugin.serve(Path.of(args[0]), new SamplePolicy(Pattern.compile(args[1]))).join();
    }
}
