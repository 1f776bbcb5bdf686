package dev.berth.domain.error;

public final class Forbidden extends BerthException {

    public Forbidden(String message) {
        super(ErrorKind.FORBIDDEN, message, null);
    }

    public Forbidden(String message, Throwable cause) {
        super(ErrorKind.FORBIDDEN, message, cause);
    }
}
