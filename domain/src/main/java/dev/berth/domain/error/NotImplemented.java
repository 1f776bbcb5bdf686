package dev.berth.domain.error;

public final class NotImplemented extends BerthException {

    public NotImplemented(String message) {
        super(ErrorKind.NOT_IMPLEMENTED, message, null);
    }

    public NotImplemented(String message, Throwable cause) {
        super(ErrorKind.NOT_IMPLEMENTED, message, cause);
    }
}
