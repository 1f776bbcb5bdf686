package dev.berth.application.authz;

import dev.berth.domain.authz.AuthorizationDecision;
import dev.berth.domain.authz.AuthorizationRequest;
import dev.berth.domain.authz.AuthorizationResponse;
import dev.berth.domain.authz.Authorizer;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.error.Unavailable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorizationChainTest {

    private static final AuthorizationRequest REQUEST = AuthorizationRequest.anonymous("POST", "/volumes/create",
            Map.of(), new byte[0]);
    private static final AuthorizationResponse ANSWER = new AuthorizationResponse(201, Map.of(), new byte[0]);

    private final List<String> asked = new ArrayList<>();
    private final Map<String, Authorizer> plugins = new HashMap<>();
    private final AuthorizationChain chain = new AuthorizationChain(name -> {
        Authorizer plugin = plugins.get(name);
        if (plugin == null) {
            throw new NotFound("plugin \"" + name + "\" not found");
        }
        return plugin;
    });

    private void plugin(String name, Function<String, AuthorizationDecision> onRequest,
                        Function<String, AuthorizationDecision> onResponse) {
        plugins.put(name, new Authorizer() {
            public String name() {
                return name;
            }

            public AuthorizationDecision authorizeRequest(AuthorizationRequest r) {
                asked.add(name + " request");
                return onRequest.apply(r.uri());
            }

            public AuthorizationDecision authorizeResponse(AuthorizationRequest r, AuthorizationResponse a) {
                asked.add(name + " response " + a.status());
                return onResponse.apply(r.uri());
            }
        });
    }

    @Test
    void everyPluginIsAskedInOrderAboutTheRequestAndItsAnswer() {
        plugin("a", u -> AuthorizationDecision.allow(), u -> AuthorizationDecision.allow());
        plugin("b", u -> AuthorizationDecision.allow(), u -> AuthorizationDecision.allow());
        chain.configure(List.of("b", "a", "b"));
        assertEquals(List.of("b", "a"), chain.names());

        chain.admit(REQUEST).release(ANSWER);
        assertEquals(List.of("b request", "a request", "b response 201", "a response 201"), asked);
    }

    @Test
    void aDenialIsForbiddenWithThePluginsMessageAndStopsTheChain() {
        plugin("a", u -> AuthorizationDecision.deny("volumes are not allowed"), u -> AuthorizationDecision.allow());
        plugin("b", u -> AuthorizationDecision.allow(), u -> AuthorizationDecision.allow());
        chain.configure(List.of("a", "b"));
        Forbidden denied = assertThrows(Forbidden.class, () -> chain.admit(REQUEST));
        assertEquals("authorization denied by plugin a: volumes are not allowed", denied.getMessage());
        assertEquals(List.of("a request"), asked);
    }

    @Test
    void anAnswerCanBeDeniedToo() {
        plugin("a", u -> AuthorizationDecision.allow(), u -> AuthorizationDecision.deny("hidden"));
        chain.configure(List.of("a"));
        var admission = chain.admit(REQUEST);
        assertEquals("authorization denied by plugin a: hidden",
                assertThrows(Forbidden.class, () -> admission.release(ANSWER)).getMessage());
    }

    @Test
    void aFailingPluginDeniesAsAFault() {
        plugin("a", u -> {
            throw new Unavailable("AuthZPlugin.AuthZReq: no answer within 30s");
        }, u -> AuthorizationDecision.allow());
        chain.configure(List.of("a"));
        assertEquals("plugin a failed with error: AuthZPlugin.AuthZReq: no answer within 30s",
                assertThrows(SystemFault.class, () -> chain.admit(REQUEST)).getMessage());
    }

    @Test
    void aMissingPluginIsRefusedAndLeavesTheListAsItWas() {
        plugin("a", u -> AuthorizationDecision.allow(), u -> AuthorizationDecision.allow());
        chain.configure(List.of("a"));
        assertEquals("authorization plugin gone: plugin \"gone\" not found",
                assertThrows(SystemFault.class, () -> chain.configure(List.of("a", "gone"))).getMessage());
        assertEquals(List.of("a"), chain.names());
        assertTrue(chain.enabled());
        chain.configure(List.of());
        assertFalse(chain.enabled());
    }
}
