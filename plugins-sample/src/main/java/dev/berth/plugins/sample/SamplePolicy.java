package dev.berth.plugins.sample;

import dev.berth.domain.authz.AuthorizationDecision;
import dev.berth.domain.authz.AuthorizationRequest;
import dev.berth.domain.authz.AuthorizationResponse;
import dev.berth.plugins.sdk.authz.AuthorizationPlugin;
import dev.berth.plugins.sdk.protocol.Json;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sample authorization policy: denies requests whose URI matches {@code deniedUris}, privileged containers
 * ({@code POST /containers/create} with {@code HostConfig.Privileged}), and answers that show an object labelled
 * {@value #HIDDEN} (so a container can be made but not inspected).
 */
public final class SamplePolicy implements AuthorizationPlugin {

    public static final String HIDDEN = "authz.sample/hidden";
    private static final Pattern CREATE = Pattern.compile("(/v[0-9.]+)?/containers/create(\\?.*)?");

    private final Pattern deniedUris;

    public SamplePolicy(Pattern deniedUris) {
        this.deniedUris = deniedUris;
    }

    @Override
    public AuthorizationDecision authorizeRequest(AuthorizationRequest request) {
        if (deniedUris.matcher(request.uri()).find()) {
            return AuthorizationDecision.deny(request.method() + " " + request.uri() + " is not allowed");
        }
        if (request.method().equals("POST") && CREATE.matcher(request.uri()).matches() && privileged(request)) {
            return AuthorizationDecision.deny("privileged containers are not allowed");
        }
        return AuthorizationDecision.allow();
    }

    @Override
    public AuthorizationDecision authorizeResponse(AuthorizationRequest request, AuthorizationResponse response) {
        if (new String(response.body(), StandardCharsets.UTF_8).contains(HIDDEN)) {
            return AuthorizationDecision.deny("the answer shows a hidden object");
        }
        return AuthorizationDecision.allow();
    }

    private static boolean privileged(AuthorizationRequest request) {
        byte[] body = request.body();
        if (body.length == 0) {
            return false;
        }
        return Json.parseObject(new String(body, StandardCharsets.UTF_8)).get("HostConfig") instanceof Map<?, ?> host
                && Boolean.TRUE.equals(host.get("Privileged"));
    }
}
