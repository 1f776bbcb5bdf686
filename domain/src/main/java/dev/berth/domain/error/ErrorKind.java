package dev.berth.domain.error;

/** What went wrong, independent of any transport; the REST adapter maps each kind to one status. */
public enum ErrorKind {
    INVALID_PARAMETER,
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN,
    NOT_MODIFIED,
    UNAVAILABLE,
    NOT_IMPLEMENTED,
    SYSTEM,
    UNAUTHORIZED
}
