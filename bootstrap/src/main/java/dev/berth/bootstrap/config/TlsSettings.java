package dev.berth.bootstrap.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TLS on the TCP listener, as dockerd's {@code --tls}/{@code --tlsverify}: the server's PEM certificate and key,
 * and with {@code verify} the CA that client certificates must be signed by. The Unix socket stays plain.
 */
public record TlsSettings(boolean verify, Path caCert, Path cert, Path key) {

    /** Checks that the files are readable now, so that a typo stops the start with one line, not a stack trace. */
    static TlsSettings of(boolean verify, Path caCert, Path cert, Path key) {
        requireReadable("--tlscert", cert);
        requireReadable("--tlskey", key);
        if (verify) {
            requireReadable("--tlscacert", caCert);
        }
        return new TlsSettings(verify, caCert, cert, key);
    }

    /** The Quarkus TLS registry's default configuration, which the HTTPS listener uses. */
    Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("quarkus.tls.key-store.pem.berth.cert", cert.toString());
        p.put("quarkus.tls.key-store.pem.berth.key", key.toString());
        if (verify) {
            p.put("quarkus.tls.trust-store.pem.certs", caCert.toString());
            p.put("berth.tls.verify", "true");
        }
        return p;
    }

    private static void requireReadable(String flag, Path file) {
        if (!Files.isReadable(file)) {
            throw new DaemonOptions.OptionsException("cannot read " + flag + " file " + file
                    + (Files.exists(file) ? ": permission denied" : ": no such file"));
        }
    }
}
