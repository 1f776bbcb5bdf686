package dev.berth.plugins.sdk.authz;

import dev.berth.domain.authz.AuthorizationDecision;
import dev.berth.domain.authz.AuthorizationRequest;
import dev.berth.domain.authz.AuthorizationResponse;
import dev.berth.plugins.sdk.protocol.Json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization protocol's JSON (moby {@code pkg/authorization/api.go}), both ways: Berth's bridge writes
 * requests and reads decisions, the SDK's server the reverse. Go's encoding shapes it: byte arrays (bodies, PEM
 * certificates) are base64 strings, empty fields are left out ({@code omitempty}).
 */
public final class AuthzWire {

    /** What a plugin lists in its {@code Implements}. */
    public static final String PROTOCOL = "authz";
    public static final String REQUEST = "AuthZPlugin.AuthZReq";
    public static final String RESPONSE = "AuthZPlugin.AuthZRes";

    private AuthzWire() {
    }

    public static Map<String, Object> request(AuthorizationRequest request) {
        Map<String, Object> wire = new LinkedHashMap<>();
        put(wire, "User", request.user());
        put(wire, "UserAuthNMethod", request.authenticationMethod());
        put(wire, "RequestMethod", request.method());
        put(wire, "RequestUri", request.uri());
        put(wire, "RequestBody", base64(request.body()));
        if (!request.headers().isEmpty()) {
            wire.put("RequestHeaders", new LinkedHashMap<>(request.headers()));
        }
        if (!request.peerCertificates().isEmpty()) {
            wire.put("RequestPeerCertificates", request.peerCertificates().stream()
                    .map(pem -> base64(pem.getBytes(StandardCharsets.US_ASCII))).toList());
        }
        return wire;
    }

    public static Map<String, Object> response(AuthorizationRequest request, AuthorizationResponse response) {
        Map<String, Object> wire = request(request);
        if (response.status() != 0) {
            wire.put("ResponseStatusCode", (long) response.status());
        }
        put(wire, "ResponseBody", base64(response.body()));
        if (!response.headers().isEmpty()) {
            wire.put("ResponseHeaders", new LinkedHashMap<>(response.headers()));
        }
        return wire;
    }

    public static AuthorizationRequest request(Map<String, Object> wire) {
        return new AuthorizationRequest(text(wire, "User"), text(wire, "UserAuthNMethod"), text(wire, "RequestMethod"),
                text(wire, "RequestUri"), strings(wire.get("RequestHeaders")), bytes(wire.get("RequestBody")),
                wire.get("RequestPeerCertificates") instanceof List<?> pems
                        ? pems.stream().map(p -> new String(bytes(p), StandardCharsets.US_ASCII)).toList()
                        : List.of());
    }

    public static AuthorizationResponse response(Map<String, Object> wire) {
        int status = wire.get("ResponseStatusCode") instanceof Number n ? n.intValue() : 0;
        return new AuthorizationResponse(status, strings(wire.get("ResponseHeaders")), bytes(wire.get("ResponseBody")));
    }

    /** {@code {"Allow": ..., "Msg": ...}}; a plugin's error travels as {@code {"Err": ...}} instead. */
    public static Map<String, Object> decision(AuthorizationDecision decision) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("Allow", decision.allowed());
        put(wire, "Msg", decision.message());
        return wire;
    }

    /** An answer without {@code Allow: true} denies, as Go decodes a missing boolean to false. */
    public static AuthorizationDecision decision(Map<String, Object> wire) {
        return new AuthorizationDecision(Boolean.TRUE.equals(wire.get("Allow")), text(wire, "Msg"));
    }

    private static void put(Map<String, Object> wire, String key, String value) {
        if (!value.isEmpty()) {
            wire.put(key, value);
        }
    }

    private static String text(Map<String, Object> wire, String key) {
        return Json.text(wire.get(key));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] bytes(Object wire) {
        String text = Json.text(wire);
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64: " + text, e);
        }
    }

    private static Map<String, String> strings(Object wire) {
        Map<String, String> map = new LinkedHashMap<>();
        if (wire instanceof Map<?, ?> m) {
            m.forEach((k, v) -> map.put(String.valueOf(k), Json.text(v)));
        }
        return map;
    }
}
