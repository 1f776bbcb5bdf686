package dev.berth.domain.error;

public final class SystemFault extends BerthException {

    public SystemFault(String message) {
        super(ErrorKind.SYSTEM, message, null);
    }

    public SystemFault(String message, Throwable cause) {
        super(ErrorKind.SYSTEM, message, cause);
    }
}
