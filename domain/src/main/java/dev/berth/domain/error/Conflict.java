package dev.berth.domain.error;

public final class Conflict extends BerthException {

    public Conflict(String message) {
        super(ErrorKind.CONFLICT, message, null);
    }

    public Conflict(String message, Throwable cause) {
        super(ErrorKind.CONFLICT, message, cause);
    }
}
