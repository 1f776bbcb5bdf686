package dev.berth.adapters.rest.authz;

import dev.berth.application.authz.AuthorizationChain;
import dev.berth.domain.authz.AuthorizationRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every API request passes the authorization plugins before it is handled, as in dockerd's middleware: these Vert.x
 * routes run ahead of RESTEasy and of the hijacked routes (attach), so nothing is served unasked. The first reads a
 * small JSON body so that plugins see it (RESTEasy then reads the same buffer); the second asks the plugins off the
 * event loop and either passes the request on with its admission, for {@link AuthorizationResponseFilter}, or
 * answers the refusal itself. A Vert.x route of its own that reads a JSON body (exec start) must take
 * {@code ctx.body()} when this route already read it.
 */
@ApplicationScoped
public class AuthorizationRoute {

    static final String ADMISSION = "berth.authorization.admission";
    private static final Logger LOG = Logger.getLogger(AuthorizationRoute.class);

    private final AuthorizationChain chain;
    private final BodyHandler bodies = BodyHandler.create(false).setBodyLimit(ApiRequests.MAX_BODY);

    @Inject
    public AuthorizationRoute(AuthorizationChain chain) {
        this.chain = chain;
    }

    void register(@Observes Router router) {
        router.route().order(-900).handler(this::readBody);
        router.route().order(-899).handler(this::authorize);
    }

    private void readBody(RoutingContext ctx) {
        if (chain.enabled() && ApiRequests.sendsBody(ctx.request().uri(), ctx.request().headers())) {
            bodies.handle(ctx);
        } else {
            ctx.next();
        }
    }

    private void authorize(RoutingContext ctx) {
        if (!chain.enabled()) {
            ctx.next();
            return;
        }
        AuthorizationRequest request = request(ctx);
        ctx.vertx().executeBlocking(() -> chain.admit(request), false).onComplete(admitted -> {
            if (admitted.succeeded()) {
                ctx.put(ADMISSION, admitted.result());
                ctx.next();
            } else {
                refuse(ctx, admitted.cause());
            }
        });
    }

    private static AuthorizationRequest request(RoutingContext ctx) {
        HttpServerRequest http = ctx.request();
        Buffer body = ctx.body().buffer();
        List<X509Certificate> certificates = peerCertificates(http);
        List<String> pems = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            try {
                pems.add(ApiRequests.pem(certificate.getEncoded()));
            } catch (CertificateEncodingException e) {
                LOG.warn("a client certificate cannot be encoded for the authorization plugins", e);
            }
        }
        String user = certificates.isEmpty() ? "" : commonName(certificates.getFirst());
        return ApiRequests.request(http.method().name(), http.uri(), http.headers(),
                body == null ? new byte[0] : body.getBytes(), pems, user);
    }

    private static List<X509Certificate> peerCertificates(HttpServerRequest http) {
        if (!http.isSSL()) {
            return List.of();
        }
        try {
            List<X509Certificate> x509 = new ArrayList<>();
            for (Certificate c : http.connection().peerCertificates()) {
                if (c instanceof X509Certificate certificate) {
                    x509.add(certificate);
                }
            }
            return x509;
        } catch (SSLPeerUnverifiedException none) {
            return List.of();
        }
    }

    /** dockerd's user is the client certificate's subject common name. */
    private static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            LOG.warn("a client certificate's subject cannot be read", e);
        }
        return "";
    }

    private static void refuse(RoutingContext ctx, Throwable failure) {
        Refusal refusal = Refusal.of(ctx.request().method() + " " + ctx.request().uri(), failure);
        ctx.response().setStatusCode(refusal.status()).putHeader("Content-Type", "application/json")
                .end(Json.encode(refusal.body()));
    }
}
