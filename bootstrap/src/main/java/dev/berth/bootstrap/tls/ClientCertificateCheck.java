package dev.berth.bootstrap.tls;

import dev.berth.bootstrap.config.BerthConfig;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * {@code --tlsverify}: a request over TLS must come with a client certificate signed by the configured CA. Quarkus
 * fixes the handshake's client-auth mode at build time, so the handshake only requests a certificate (and rejects
 * one it cannot trust); this route, ahead of every other, refuses a TLS request that presented none. Unlike
 * dockerd, which drops such a connection with a bare "bad certificate", the client is told why.
 */
@ApplicationScoped
public class ClientCertificateCheck {

    static final String MESSAGE = "client certificate required: this daemon runs with --tlsverify";

    private final boolean verify;

    public ClientCertificateCheck(BerthConfig config) {
        this.verify = config.tls().verify();
    }

    void register(@Observes Router router) {
        if (verify) {
            router.route().order(-1000).handler(this::check);
        }
    }

    private void check(RoutingContext ctx) {
        if (!ctx.request().isSSL() || presentedCertificate(ctx)) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(401).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("message", MESSAGE).encode());
    }

    private static boolean presentedCertificate(RoutingContext ctx) {
        try {
            return !ctx.request().connection().peerCertificates().isEmpty();
        } catch (SSLPeerUnverifiedException none) {
            return false;
        }
    }
}
