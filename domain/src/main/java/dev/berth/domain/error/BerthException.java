package dev.berth.domain.error;

/**
 * Every failure Berth reports to a client carries a kind. Messages use dockerd's wording
 * ("No such container: web") because clients match on it.
 */
public abstract sealed class BerthException extends RuntimeException
        permits InvalidParameter, NotFound, Conflict, Forbidden, NotModified, Unavailable, NotImplemented,
                SystemFault, Unauthorized {

    private final ErrorKind kind;

    BerthException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
