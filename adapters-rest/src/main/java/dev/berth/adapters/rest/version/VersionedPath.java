package dev.berth.adapters.rest.version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits {@code /v1.43/containers/json} into its version and the unversioned path. */
public record VersionedPath(Optional<ApiVersion> version, String path) {

    private static final Pattern PREFIX = Pattern.compile("/v(\\d+\\.\\d+)(/.*)");

    public static VersionedPath of(String rawPath) {
        Matcher m = PREFIX.matcher(rawPath);
        if (!m.matches()) {
            return new VersionedPath(Optional.empty(), rawPath);
        }
        return new VersionedPath(Optional.of(ApiVersion.parse(m.group(1))), m.group(2));
    }

    /** The version the request speaks: its prefix, checked, or the newest one for unversioned paths. */
    public ApiVersion effectiveVersion() {
        return version.map(ApiVersion::requireSupported).orElse(ApiVersion.MAXIMUM);
    }
}
