package dev.berth.plugins.sdk.authz;

import dev.berth.domain.authz.AuthorizationDecision;
import dev.berth.domain.authz.AuthorizationRequest;
import dev.berth.domain.authz.AuthorizationResponse;
import dev.berth.plugins.sdk.protocol.Json;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AuthzWireTest {

    private static final AuthorizationRequest REQUEST = new AuthorizationRequest("alice", "TLS", "POST",
            "/v1.43/containers/create", Map.of("Content-Type", "application/json"),
            "{\"Image\":\"busybox\"}".getBytes(StandardCharsets.UTF_8), List.of("-----BEGIN CERTIFICATE-----\n"));

    @Test
    void requestsTakeGoFieldNamesWithBase64Bodies() {
        assertEquals("{\"User\":\"alice\",\"UserAuthNMethod\":\"TLS\",\"RequestMethod\":\"POST\","
                        + "\"RequestUri\":\"/v1.43/containers/create\",\"RequestBody\":\"eyJJbWFnZSI6ImJ1c3lib3gifQ==\","
                        + "\"RequestHeaders\":{\"Content-Type\":\"application/json\"},"
                        + "\"RequestPeerCertificates\":[\"LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==\"]}",
                Json.write(AuthzWire.request(REQUEST)));
    }

    @Test
    void emptyFieldsAreLeftOut() {
        var bare = AuthorizationRequest.anonymous("GET", "/_ping", Map.of(), new byte[0]);
        assertEquals("{\"RequestMethod\":\"GET\",\"RequestUri\":\"/_ping\"}", Json.write(AuthzWire.request(bare)));
    }

    @Test
    void requestsAndResponsesReadBackAsWritten() {
        var response = new AuthorizationResponse(201, Map.of("Content-Type", "application/json"),
                "{\"Id\":\"abc\"}".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> wire = Json.parseObject(Json.write(AuthzWire.response(REQUEST, response)));
        assertEquals(REQUEST, AuthzWire.request(wire));
        assertEquals(response, AuthzWire.response(wire));
    }

    @Test
    void anAnswerWithoutAllowDenies() {
        assertEquals(AuthorizationDecision.deny("no"), AuthzWire.decision(Json.parseObject("{\"Msg\":\"no\"}")));
        assertEquals(AuthorizationDecision.allow(), AuthzWire.decision(Json.parseObject("{\"Allow\":true}")));
        assertFalse(AuthzWire.decision(Json.parseObject("{\"Allow\":\"true\"}")).allowed(), "only a JSON true allows");
        assertEquals("{\"Allow\":false,\"Msg\":\"volumes are not allowed\"}",
                Json.write(AuthzWire.decision(AuthorizationDecision.deny("volumes are not allowed"))));
    }
}
