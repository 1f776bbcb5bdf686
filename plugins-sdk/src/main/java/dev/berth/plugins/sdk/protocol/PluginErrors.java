package dev.berth.plugins.sdk.protocol;

import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;

/**
 * Errors on the wire are {@code {"Err": "..."}}. Docker's plugins answer them with status 500; an SDK plugin also
 * sends the status of the error's kind, so that a Java driver's NotFound or Conflict stays one through the bridge.
 */
public final class PluginErrors {

    private PluginErrors() {
    }

    public static int status(RuntimeException e) {
        if (e instanceof BerthException b) {
            return switch (b.kind()) {
                case INVALID_PARAMETER -> 400;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                default -> 500;
            };
        }
        return e instanceof IllegalArgumentException ? 400 : 500;
    }

    /** The exception a client raises for a plugin's {@code Err}, prefixed with what failed. */
    public static BerthException exception(int status, String context, String err) {
        String message = context + ": " + err;
        return switch (status) {
            case 400 -> new InvalidParameter(message);
            case 404 -> new NotFound(message);
            case 409 -> new Conflict(message);
            default -> new SystemFault(message);
        };
    }
}
