package dev.berth.bootstrap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --tlsverify} on a TCP address, with certificates made by openssl: a client with a certificate of the CA is
 * served, one without is told why it is refused, one of another CA fails the handshake, plain HTTP gets nothing;
 * the Unix socket stays plain.
 */
class TlsIT {

    @TempDir
    static Path pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCertificates() throws Exception {
        authority("ca");
        signed("ca", "server", "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        signed("ca", "client", "extendedKeyUsage=clientAuth\n");
        authority("rogue-ca");
        signed("rogue-ca", "rogue", "extendedKeyUsage=clientAuth\n");
    }

    @Test
    void tlsVerifyServesOnlyClientsOfTheCa() throws Exception {
        int port = freePort();
        try (Berthd berthd = new Berthd(dir, "-H", "tcp://127.0.0.1:" + port, "--tlsverify",
                "--tlscacert", pki.resolve("ca.pem").toString(),
                "--tlscert", pki.resolve("server.pem").toString(),
                "--tlskey", pki.resolve("server-key.pem").toString()).start()) {
            String url = "https://127.0.0.1:" + port + "/_ping";
            // the Unix socket that start() waits for may open before the TCP listener does
            Berthd.awaitTrue(Duration.ofSeconds(30), () -> accepts(port), "berthd does not listen on " + port);
            assertEquals("OK", berthd.call("GET", "/_ping", null), "the Unix socket stays plain");
            assertEquals("OK\n200", curl("--cert", pem("client"), "--key", pem("client-key"), url));
            assertEquals("{\"message\":\"client certificate required: this daemon runs with --tlsverify\"}\n401",
                    curl(url));
            assertNotEquals("OK", curl("--cert", pem("rogue"), "--key", pem("rogue-key"), url),
                    "a certificate of another CA is refused");
            assertTrue(curl("http://127.0.0.1:" + port + "/_ping").endsWith("000"), "no plain HTTP on the TLS port");
        }
    }

    private static String curl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--cacert", pem("ca"), "-w", "\n%{http_code}"));
        command.addAll(List.of(args));
        Process curl = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        curl.waitFor();
        return out.strip();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return socket.isConnected();
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String pem(String name) {
        return pki.resolve(name + ".pem").toString();
    }

    private static void authority(String name) throws Exception {
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=" + name,
                "-keyout", pem(name + "-key"), "-out", pem(name));
    }

    private static void signed(String ca, String name, String extensions) throws Exception {
        Path ext = Files.writeString(pki.resolve(name + ".ext"), extensions);
        Path csr = pki.resolve(name + ".csr");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + name, "-keyout", pem(name + "-key"),
                "-out", csr.toString());
        openssl("x509", "-req", "-in", csr.toString(), "-CA", pem(ca), "-CAkey", pem(ca + "-key"),
                "-CAcreateserial", "-days", "1", "-extfile", ext.toString(), "-out", pem(name));
    }

    private static void openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "openssl " + String.join(" ", args) + ": " + out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
