package dev.berth.adapters.rest.authz;

import dev.berth.domain.authz.AuthorizationRequest;
import io.vertx.core.MultiMap;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What authorization plugins are told about a request, by dockerd's rules (moby {@code pkg/authorization}): the
 * headers without credentials, one value per name (the last), names in Go's canonical form; the body only when it
 * is JSON, not for {@code /auth}, and under {@link #MAX_BODY}.
 */
final class ApiRequests {

    /** dockerd's {@code maxBodySize}: a larger body is not sent to the plugins. */
    static final int MAX_BODY = 1024 * 1024;

    private static final Set<String> CREDENTIALS = Set.of("authorization", "x-registry-config", "x-registry-auth");

    private ApiRequests() {
    }

    static AuthorizationRequest request(String method, String uri, MultiMap headers, byte[] body, List<String> pems,
                                        String user) {
        return new AuthorizationRequest(user, user.isEmpty() ? "" : "TLS", method, uri, headers(headers), body, pems);
    }

    /** Whether the body goes to the plugins, so must be read before the request is handled. */
    static boolean sendsBody(String uri, MultiMap headers) {
        if (!carriesJson(uri, headers.get("Content-Type"))) {
            return false;
        }
        if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
            return true;
        }
        try {
            long length = Long.parseLong(headers.get("Content-Length") == null ? "0" : headers.get("Content-Length").trim());
            return length > 0 && length < MAX_BODY;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** dockerd sends a body (request or response) only when it is JSON, and never the credentials of /auth. */
    static boolean carriesJson(String uri, String contentType) {
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        if (path.endsWith("/auth") || contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json");
    }

    static Map<String, String> headers(MultiMap headers) {
        Map<String, String> flat = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : headers) {
            if (!CREDENTIALS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                flat.put(canonical(header.getKey()), header.getValue());
            }
        }
        return flat;
    }

    /** Go's {@code CanonicalMIMEHeaderKey}: {@code content-type} is {@code Content-Type}. */
    static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return out.toString();
    }

    static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }
}
