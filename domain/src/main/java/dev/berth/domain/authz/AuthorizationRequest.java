package dev.berth.domain.authz;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An API request as authorization sees it (moby {@code pkg/authorization}): who (the TLS client certificate's
 * common name and {@code TLS}, else empty), the method and URI as sent (with the {@code /v1.NN} prefix), the headers
 * without credentials, the body when it is small JSON (else empty) and the client's certificates in PEM.
 */
public record AuthorizationRequest(String user, String authenticationMethod, String method, String uri,
                                   Map<String, String> headers, byte[] body, List<String> peerCertificates) {

    public AuthorizationRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
        peerCertificates = List.copyOf(peerCertificates);
    }

    public static AuthorizationRequest anonymous(String method, String uri, Map<String, String> headers, byte[] body) {
        return new AuthorizationRequest("", "", method, uri, headers, body, List.of());
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthorizationRequest r && user.equals(r.user)
                && authenticationMethod.equals(r.authenticationMethod) && method.equals(r.method) && uri.equals(r.uri)
                && headers.equals(r.headers) && Arrays.equals(body, r.body) && peerCertificates.equals(r.peerCertificates);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(user, authenticationMethod, method, uri, headers, peerCertificates)
                + Arrays.hashCode(body);
    }
}
