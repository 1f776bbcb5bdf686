package dev.berth.domain.error;

public final class NotFound extends BerthException {

    public NotFound(String message) {
        super(ErrorKind.NOT_FOUND, message, null);
    }

    public NotFound(String message, Throwable cause) {
        super(ErrorKind.NOT_FOUND, message, cause);
    }
}
