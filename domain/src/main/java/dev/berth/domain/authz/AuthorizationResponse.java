package dev.berth.domain.authz;

import java.util.Arrays;
import java.util.Map;

/** The daemon's answer to an authorized request, before it goes out: status, headers, the body when it is JSON. */
public record AuthorizationResponse(int status, Map<String, String> headers, byte[] body) {

    public AuthorizationResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthorizationResponse r && status == r.status && headers.equals(r.headers)
                && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + headers.hashCode()) + Arrays.hashCode(body);
    }
}
