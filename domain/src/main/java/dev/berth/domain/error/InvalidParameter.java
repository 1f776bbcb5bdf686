package dev.berth.domain.error;

public final class InvalidParameter extends BerthException {

    public InvalidParameter(String message) {
        super(ErrorKind.INVALID_PARAMETER, message, null);
    }

    public InvalidParameter(String message, Throwable cause) {
        super(ErrorKind.INVALID_PARAMETER, message, cause);
    }
}
