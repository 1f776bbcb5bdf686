package dev.berth.domain.error;

public final class Unavailable extends BerthException {

    public Unavailable(String message) {
        super(ErrorKind.UNAVAILABLE, message, null);
    }

    public Unavailable(String message, Throwable cause) {
        super(ErrorKind.UNAVAILABLE, message, cause);
    }
}
