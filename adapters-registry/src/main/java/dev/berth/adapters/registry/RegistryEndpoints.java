package dev.berth.adapters.registry;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a registry domain is reached, as dockerd decides: {@code docker.io} is {@code registry-1.docker.io};
 * loopback addresses, {@code localhost} and the configured insecure registries (a {@code host[:port]} or a CIDR)
 * speak plain HTTP; every other registry HTTPS, trusting the system CAs plus the {@code *.crt} files of
 * {@code <certsDir>/<host[:port]>/}. One HTTP client per trust setting.
 */
final class RegistryEndpoints {

    static final String DOCKER_HUB = "docker.io";
    private static final Pattern CIDR = Pattern.compile("([0-9a-fA-F.:]+)/([0-9]{1,3})");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private volatile List<String> insecure;
    private final Path certsDir;
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    RegistryEndpoints(List<String> insecure, Path certsDir) {
        this.certsDir = certsDir;
        trustInsecure(insecure);
    }

    /** Replaces the insecure registries (a daemon reload); InvalidParameter for a bad entry, changing nothing. */
    void trustInsecure(List<String> registries) {
        registries.forEach(RegistryEndpoints::checkEntry);
        this.insecure = List.copyOf(registries);
    }

    /** {@code http://127.0.0.1:5000}, {@code https://registry-1.docker.io}. */
    URI base(String domain) {
        if (domain.equals(DOCKER_HUB)) {
            return URI.create("https://registry-1.docker.io");
        }
        return URI.create((isInsecure(domain) ? "http://" : "https://") + domain);
    }

    HttpClient client(String domain) {
        if (isInsecure(domain) || certsDir == null || !Files.isDirectory(certsDir.resolve(domain))) {
            return clients.computeIfAbsent("", key -> newClient(null));
        }
        return clients.computeIfAbsent(domain, key -> newClient(trusting(certsDir.resolve(domain))));
    }

    boolean isInsecure(String domain) {
        String host = host(domain);
        List<String> insecure = this.insecure;
        if (host.equals("localhost") || insecure.contains(domain) || insecure.contains(host)) {
            return true;
        }
        byte[] address = literalAddress(host);
        if (address == null) {
            return false;
        }
        if (isLoopback(address)) {
            return true;
        }
        for (String entry : insecure) {
            var cidr = CIDR.matcher(entry);
            if (cidr.matches() && contains(literalAddress(cidr.group(1)), Integer.parseInt(cidr.group(2)), address)) {
                return true;
            }
        }
        return false;
    }

    private static void checkEntry(String entry) {
        var cidr = CIDR.matcher(entry);
        if (cidr.matches() && literalAddress(cidr.group(1)) == null) {
            throw new InvalidParameter("invalid insecure registry " + entry);
        }
    }

    private static String host(String domain) {
        if (domain.startsWith("[")) {
            return domain.substring(1, domain.indexOf(']'));
        }
        int colon = domain.lastIndexOf(':');
        return (colon < 0 ? domain : domain.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    /** The address bytes of an IP literal; null for a host name (never resolved here). */
    private static byte[] literalAddress(String host) {
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
            return null;
        }
        try {
            return InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            return null; // not a valid literal
        }
    }

    private static boolean isLoopback(byte[] address) {
        if (address.length == 4) {
            return address[0] == 127;
        }
        for (int i = 0; i < 15; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[15] == 1;
    }

    private static boolean contains(byte[] network, int prefix, byte[] address) {
        if (network == null || network.length != address.length || prefix > address.length * 8) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((network[bit / 8] & mask) != (address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static HttpClient newClient(SSLContext tls) {
        var builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER); // RegistryCaller follows them, dropping credentials
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    /** The JDK's default trust anchors plus every {@code *.crt} of {@code dir}. */
    private static SSLContext trusting(Path dir) {
        try {
            var defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            defaults.init((KeyStore) null);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (var manager : defaults.getTrustManagers()) {
                if (manager instanceof javax.net.ssl.X509TrustManager x509) {
                    for (Certificate ca : x509.getAcceptedIssuers()) {
                        store.setCertificateEntry("system-" + n++, ca);
                    }
                }
            }
            var factory = CertificateFactory.getInstance("X.509");
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".crt")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        for (Certificate ca : factory.generateCertificates(in)) {
                            store.setCertificateEntry(file.getFileName() + "-" + n++, ca);
                        }
                    }
                }
            }
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new SystemFault("cannot read the registry CA certificates of " + dir + ": " + e.getMessage(), e);
        }
    }
}
