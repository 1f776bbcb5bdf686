package dev.berth.domain.error;

public final class NotModified extends BerthException {

    public NotModified(String message) {
        super(ErrorKind.NOT_MODIFIED, message, null);
    }

    public NotModified(String message, Throwable cause) {
        super(ErrorKind.NOT_MODIFIED, message, cause);
    }
}
