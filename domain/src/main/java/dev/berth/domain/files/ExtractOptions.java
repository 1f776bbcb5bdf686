package dev.berth.domain.files;

/**
 * How {@code PUT /containers/{id}/archive} extracts: {@code noOverwriteDirNonDir} refuses to replace a directory
 * with a non-directory or the reverse; {@code owner} (uid, gid), when present, owns every extracted file instead of
 * the tar's owners ({@code copyUIDGID}: the container user's).
 */
public record ExtractOptions(boolean noOverwriteDirNonDir, java.util.Optional<Owner> owner) {

    public record Owner(long uid, long gid) {
    }
}
