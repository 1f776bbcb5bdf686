package dev.berth.application.authz;

import dev.berth.domain.authz.AuthorizationDecision;
import dev.berth.domain.authz.AuthorizationRequest;
import dev.berth.domain.authz.AuthorizationResponse;
import dev.berth.domain.authz.Authorizer;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.Forbidden;
import dev.berth.domain.error.SystemFault;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The configured authorizers, asked in order, as dockerd's authorization middleware: a request is served only when
 * every one allows it, and its answer returned only when every one allows that too. A denial is Forbidden
 * ({@code authorization denied by plugin NAME: MSG}); an authorizer that fails, hangs or is missing denies as a
 * SystemFault ({@code plugin NAME failed with error: ...}), never lets the request through. The list changes on a
 * configuration reload; a request in flight keeps the authorizers it was admitted by.
 */
public final class AuthorizationChain {

    private final AuthorizerLookup lookup;
    private volatile List<String> names = List.of();

    public AuthorizationChain(AuthorizerLookup lookup) {
        this.lookup = lookup;
    }

    /** Checks that each named authorizer is there and comes up, then uses them; duplicates count once. */
    public void configure(List<String> requested) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(requested));
        unique.forEach(this::check);
        names = unique;
    }

    /** The names in use, in order (for {@code docker info}). */
    public List<String> names() {
        return names;
    }

    public boolean enabled() {
        return !names.isEmpty();
    }

    /** Asks every authorizer about {@code request}; the admission then asks them about its answer. */
    public Admission admit(AuthorizationRequest request) {
        List<String> current = names;
        ask(current, (a, r) -> a.authorizeRequest(r), request);
        return new Admission(current, request);
    }

    /** A request the authorizers let through. */
    public final class Admission {
        private final List<String> by;
        private final AuthorizationRequest request;

        private Admission(List<String> by, AuthorizationRequest request) {
            this.by = by;
            this.request = request;
        }

        public AuthorizationRequest request() {
            return request;
        }

        /** Forbidden or a SystemFault when an authorizer refuses the answer. */
        public void release(AuthorizationResponse response) {
            ask(by, (a, r) -> a.authorizeResponse(r, response), request);
        }
    }

    private void ask(List<String> authorizers, BiFunction<Authorizer, AuthorizationRequest, AuthorizationDecision> question,
                     AuthorizationRequest request) {
        for (String name : authorizers) {
            AuthorizationDecision decision;
            try {
                decision = question.apply(lookup.authorizer(name), request);
            } catch (BerthException e) {
                throw new SystemFault("plugin " + name + " failed with error: " + e.getMessage(), e);
            }
            if (!decision.allowed()) {
                throw new Forbidden("authorization denied by plugin " + name + ": " + decision.message());
            }
        }
    }

    private void check(String name) {
        try {
            lookup.authorizer(name);
        } catch (BerthException e) {
            throw new SystemFault("authorization plugin " + name + ": " + e.getMessage(), e);
        }
    }
}
