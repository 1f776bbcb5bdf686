package dev.berth.domain.registry;

import java.util.Locale;

/** An OCI platform: {@code linux/amd64}, {@code linux/arm/v7}; the variant may be empty. */
public record Platform(String os, String architecture, String variant) {

    public Platform {
        variant = variant == null ? "" : variant;
    }

    /** The platform of a JVM reporting {@code os.name} and {@code os.arch}, in Go's (and so OCI's) names. */
    public static Platform ofJvm(String osName, String osArch) {
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            case "x86", "i386", "i686" -> "386";
            default -> osArch.toLowerCase(Locale.ROOT);
        };
        return new Platform(osName.toLowerCase(Locale.ROOT), arch, arch.equals("arm64") ? "v8" : "");
    }

    /**
     * Whether an image for {@code candidate} runs here: same OS and architecture, and the variant matches when both
     * name one (an arm64 image without a variant is a v8 image).
     */
    public boolean runs(Platform candidate) {
        return os.equals(candidate.os) && architecture.equals(candidate.architecture)
                && (variant.isEmpty() || candidate.variant.isEmpty() || variant.equals(candidate.variant));
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
    }
}
