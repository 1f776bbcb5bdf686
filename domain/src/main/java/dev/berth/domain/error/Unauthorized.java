package dev.berth.domain.error;

/** Credentials a registry refused, as {@code docker login} reports them (401). */
public final class Unauthorized extends BerthException {

    public Unauthorized(String message) {
        super(ErrorKind.UNAUTHORIZED, message, null);
    }
}
