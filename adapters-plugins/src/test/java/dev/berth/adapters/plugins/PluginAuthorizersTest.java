package dev.berth.adapters.plugins;

import dev.berth.domain.authz.AuthorizationDecision;
import dev.berth.domain.authz.AuthorizationRequest;
import dev.berth.domain.authz.AuthorizationResponse;
import dev.berth.domain.authz.Authorizer;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.error.SystemFault;
import dev.berth.plugins.sample.SamplePolicy;
import dev.berth.plugins.sdk.authz.AuthorizationPlugin;
import dev.berth.plugins.sdk.protocol.PluginServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SDK's authorization server (with the sample policy) and Berth's bridge over a real Unix socket. */
class PluginAuthorizersTest {

    private static final Activation QUICK = new Activation(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofMillis(10), Duration.ofMillis(50));

    @TempDir
    Path dir;

    private PluginServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private Authorizer authorizer(AuthorizationPlugin plugin) throws IOException {
        server = AuthorizationPlugin.serve(dir.resolve("run/policy.sock"), plugin);
        var registry = new PluginRegistry(new PluginDiscovery(List.of(dir.resolve("run")), List.of()), QUICK);
        return new PluginAuthorizers(registry).authorizer("policy");
    }

    @Test
    void theSamplePolicyDecidesThroughTheBridge() throws IOException {
        Authorizer policy = authorizer(new SamplePolicy(Pattern.compile("/volumes/create")));
        assertEquals(AuthorizationDecision.allow(), policy.authorizeRequest(request("/v1.43/containers/json", "")));
        assertEquals(AuthorizationDecision.deny("POST /v1.43/volumes/create is not allowed"),
                policy.authorizeRequest(request("/v1.43/volumes/create", "{}")));
        assertEquals(AuthorizationDecision.deny("privileged containers are not allowed"), policy.authorizeRequest(
                request("/containers/create?name=x", "{\"Image\":\"b\",\"HostConfig\":{\"Privileged\":true}}")));
        assertEquals(AuthorizationDecision.deny("the answer shows a hidden object"), policy.authorizeResponse(
                request("/containers/x/json", ""), new AuthorizationResponse(200, Map.of(),
                        "{\"Labels\":{\"authz.sample/hidden\":\"1\"}}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aPolicyThatThrowsFailsTheCallWithItsMessage() throws IOException {
        Authorizer broken = authorizer(r -> {
            throw new IllegalStateException("policy store unreachable");
        });
        SystemFault fault = assertThrows(SystemFault.class, () -> broken.authorizeRequest(request("/info", "")));
        assertEquals("AuthZPlugin.AuthZReq: policy store unreachable", fault.getMessage());
    }

    @Test
    void aPluginThatIsNotThereIsNotFound() {
        var registry = new PluginRegistry(new PluginDiscovery(List.of(dir.resolve("run")), List.of()), QUICK);
        assertTrue(assertThrows(NotFound.class, () -> new PluginAuthorizers(registry).authorizer("absent"))
                .getMessage().contains("\"absent\" not found"));
    }

    private static AuthorizationRequest request(String uri, String body) {
        return AuthorizationRequest.anonymous("POST", uri, Map.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
