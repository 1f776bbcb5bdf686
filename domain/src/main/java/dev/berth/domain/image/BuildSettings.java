package dev.berth.domain.image;

import java.util.List;

/**
 * What an image keeps for builds made FROM it: the ONBUILD triggers (instructions run right after that FROM) and
 * the SHELL of shell-form instructions (empty: {@code /bin/sh -c}); the config's {@code OnBuild} and {@code Shell}.
 */
public record BuildSettings(List<String> onBuild, List<String> shell) {

    public static final BuildSettings NONE = new BuildSettings(List.of(), List.of());

    public BuildSettings {
        onBuild = onBuild == null ? List.of() : List.copyOf(onBuild);
        shell = shell == null ? List.of() : List.copyOf(shell);
    }
}
