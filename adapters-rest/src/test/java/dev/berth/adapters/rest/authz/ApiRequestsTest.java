package dev.berth.adapters.rest.authz;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiRequestsTest {

    private static MultiMap headers(String... pairs) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.add(pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    @Test
    void aSmallJsonBodyIsSentToThePlugins() {
        assertTrue(ApiRequests.sendsBody("/v1.43/containers/create",
                headers("Content-Type", "application/json", "Content-Length", "120")));
        assertTrue(ApiRequests.sendsBody("/containers/create",
                headers("content-type", "application/json; charset=utf-8", "content-length", "2")));
        assertTrue(ApiRequests.sendsBody("/containers/create",
                headers("Content-Type", "application/json", "Transfer-Encoding", "chunked")),
                "a chunked JSON body is read too, so that it cannot slip past the plugins");
    }

    @Test
    void otherBodiesAreNot() {
        assertFalse(ApiRequests.sendsBody("/images/load", headers("Content-Type", "application/x-tar",
                "Content-Length", "100")), "not JSON");
        assertFalse(ApiRequests.sendsBody("/containers/create", headers("Content-Type", "application/json",
                "Content-Length", Integer.toString(ApiRequests.MAX_BODY))), "too large");
        assertFalse(ApiRequests.sendsBody("/containers/create", headers("Content-Type", "application/json",
                "Content-Length", "0")), "empty");
        assertFalse(ApiRequests.sendsBody("/v1.43/auth", headers("Content-Type", "application/json",
                "Content-Length", "50")), "credentials");
        assertFalse(ApiRequests.sendsBody("/build", headers("Content-Length", "50")), "no type");
    }

    @Test
    void headersLoseCredentialsAndTakeGoNames() {
        assertEquals(Map.of("Content-Type", "application/json", "User-Agent", "Docker-Client/24", "X-Other", "2"),
                ApiRequests.headers(headers("content-type", "application/json", "user-agent", "Docker-Client/24",
                        "Authorization", "Basic eDp5", "X-Registry-Auth", "e30=", "x-registry-config", "e30=",
                        "X-OTHER", "1", "x-other", "2")));
    }

    @Test
    void theUserIsTheCertificatesCommonNameByTls() {
        var request = ApiRequests.request("GET", "/info", headers(), new byte[0], java.util.List.of(), "alice");
        assertEquals("alice", request.user());
        assertEquals("TLS", request.authenticationMethod());
        assertEquals("", ApiRequests.request("GET", "/info", headers(), new byte[0], java.util.List.of(), "")
                .authenticationMethod());
    }
}
