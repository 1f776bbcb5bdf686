package dev.berth.adapters.rest.authz;

import dev.berth.adapters.rest.error.ErrorJson;
import dev.berth.adapters.rest.error.ErrorMappers;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.ErrorKind;
import org.jboss.logging.Logger;

/**
 * The answer to a request or response the authorization plugins refused: 403 with the plugin's message, or the
 * 500 of a plugin that failed (logged, as dockerd logs it).
 */
record Refusal(int status, ErrorJson body) {

    private static final Logger LOG = Logger.getLogger(Refusal.class);

    static Refusal of(String what, Throwable failure) {
        if (failure instanceof BerthException e) {
            if (e.kind() != ErrorKind.FORBIDDEN) {
                LOG.error("authorization of " + what + " failed: " + e.getMessage());
            }
            return new Refusal(ErrorMappers.status(e.kind()), new ErrorJson(e.getMessage()));
        }
        LOG.error("authorization of " + what + " failed", failure);
        return new Refusal(500, new ErrorJson("authorization failed: " + failure.getClass().getSimpleName()));
    }
}
