package dev.berth.bootstrap.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DaemonOptionsTest {

    @TempDir
    Path dir;

    private Path emptyConfig() throws IOException {
        return Files.writeString(dir.resolve("berth.json"), "{}");
    }

    @Test
    void flagsBecomeProperties() throws IOException {
        var p = DaemonOptions.parse("--data-root", "/d", "--exec-root=/e", "-s", "vfs", "-D",
                "--config-file", emptyConfig().toString(), "-H", "unix:///tmp/b.sock", "--host=tcp://127.0.0.1:2399")
                .properties(Map.of());
        assertEquals("/d", p.get("berth.data-root"));
        assertEquals("/e", p.get("berth.exec-root"));
        assertEquals("vfs", p.get("berth.storage.driver"));
        assertEquals("true", p.get("berth.debug"));
        assertEquals("/tmp/b.sock", p.get("quarkus.http.domain-socket"));
        assertEquals("true", p.get("quarkus.http.host-enabled"));
        assertEquals("2399", p.get("quarkus.http.port"));
    }

    @Test
    void theDefaultIsTheBerthSocketOnly() throws IOException {
        var p = DaemonOptions.parse("--config-file", emptyConfig().toString()).properties(Map.of());
        assertEquals("/run/berth/berth.sock", p.get("quarkus.http.domain-socket"));
        assertEquals("false", p.get("quarkus.http.host-enabled"));
    }

    @Test
    void theConfigFileYieldsToEnvironmentAndFlags() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"),
                "{\"data-root\":\"/file\",\"exec-root\":\"/file-exec\",\"storage-driver\":\"vfs\",\"hosts\":[\"unix:///f.sock\"]}");
        var p = DaemonOptions.parse("--config-file", file.toString(), "--exec-root", "/flag")
                .properties(Map.of("BERTH_STORAGE_DRIVER", "overlayfs"));
        assertEquals("/file", p.get("berth.data-root"));
        assertEquals("/flag", p.get("berth.exec-root"));
        assertTrue(!p.containsKey("berth.storage.driver"), "the environment variable is left to SmallRye Config");
        assertEquals("/f.sock", p.get("quarkus.http.domain-socket"));
    }

    @Test
    void badInputGetsOneClearMessage() throws IOException {
        assertEquals("unknown flag: --bogus",
                assertThrows(DaemonOptions.OptionsException.class, () -> DaemonOptions.parse("--bogus")).getMessage());
        assertEquals("flag needs an argument: --data-root", assertThrows(DaemonOptions.OptionsException.class,
                () -> DaemonOptions.parse("--data-root")).getMessage());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{oops");
        var e = assertThrows(DaemonOptions.OptionsException.class,
                () -> DaemonOptions.parse("--config-file", broken.toString()).properties(Map.of()));
        assertTrue(e.getMessage().startsWith("cannot read config file " + broken), e.getMessage());
        var missing = assertThrows(DaemonOptions.OptionsException.class,
                () -> DaemonOptions.parse("--config-file", dir.resolve("absent.json").toString()).properties(Map.of()));
        assertEquals("cannot read config file " + dir.resolve("absent.json") + ": no such file", missing.getMessage());
        var host = assertThrows(DaemonOptions.OptionsException.class,
                () -> DaemonOptions.parse("--config-file", emptyConfig().toString(), "-H", "ftp://x").properties(Map.of()));
        assertTrue(host.getMessage().startsWith("invalid host ftp://x"));
    }

    @Test
    void tlsServesHttpsOnTheTcpAddressOnlyWithDockerdsDefaultPort() throws IOException {
        Path cert = Files.writeString(dir.resolve("server-cert.pem"), "cert");
        Path key = Files.writeString(dir.resolve("server-key.pem"), "key");
        var p = DaemonOptions.parse("--config-file", emptyConfig().toString(), "-H", "unix:///tmp/b.sock",
                "-H", "tcp://127.0.0.1", "--tls", "--tlscert", cert.toString(), "--tlskey=" + key).properties(Map.of());
        assertEquals("/tmp/b.sock", p.get("quarkus.http.domain-socket"));
        assertEquals("2376", p.get("quarkus.http.ssl-port"));
        assertEquals("disabled", p.get("quarkus.http.insecure-requests"));
        assertEquals(cert.toString(), p.get("quarkus.tls.key-store.pem.berth.cert"));
        assertEquals(key.toString(), p.get("quarkus.tls.key-store.pem.berth.key"));
        assertTrue(!p.containsKey("berth.tls.verify") && !p.containsKey("quarkus.http.port"), p.toString());
    }

    @Test
    void tlsVerifyImpliesTlsAndTrustsTheCaFromTheConfigFile() throws IOException {
        for (String name : List.of("ca.pem", "cert.pem", "key.pem")) {
            Files.writeString(dir.resolve(name), name);
        }
        Path file = Files.writeString(dir.resolve("c.json"), "{\"tlsverify\":true,\"tlscacert\":\""
                + dir.resolve("ca.pem") + "\",\"hosts\":[\"tcp://0.0.0.0:2399\"]}");
        var p = DaemonOptions.parse("--config-file", file.toString())
                .properties(Map.of("DOCKER_CERT_PATH", dir.toString()));
        assertEquals("2399", p.get("quarkus.http.ssl-port"));
        assertEquals(dir.resolve("ca.pem").toString(), p.get("quarkus.tls.trust-store.pem.certs"));
        assertEquals(dir.resolve("cert.pem").toString(), p.get("quarkus.tls.key-store.pem.berth.cert"),
                "the certificate defaults to $DOCKER_CERT_PATH/cert.pem as in dockerd");
        assertEquals("true", p.get("berth.tls.verify"));
        var off = DaemonOptions.parse("--config-file", file.toString(), "--tlsverify=false", "-H", "tcp://h")
                .properties(Map.of("DOCKER_CERT_PATH", dir.toString()));
        assertEquals("2375", off.get("quarkus.http.port"), "a flag beats the config file");
    }

    @Test
    void unreadableTlsFilesAndBadBooleansStopTheStartPlainly() throws IOException {
        Path config = emptyConfig();
        var missing = assertThrows(DaemonOptions.OptionsException.class, () -> DaemonOptions.parse(
                "--config-file", config.toString(), "--tlsverify", "--tlscacert", "/nope/ca.pem",
                "--tlscert", config.toString(), "--tlskey", config.toString()).properties(Map.of()));
        assertEquals("cannot read --tlscacert file /nope/ca.pem: no such file", missing.getMessage());
        var bad = assertThrows(DaemonOptions.OptionsException.class, () -> DaemonOptions.parse("--tls=maybe"));
        assertEquals("invalid boolean value \"maybe\" for flag --tls", bad.getMessage());
    }

    @Test
    void insecureRegistriesComeFromRepeatedFlagsOrTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("registries.json"),
                "{\"insecure-registries\":[\"reg.lan:5000\",\"10.0.0.0/8\"],\"max-concurrent-downloads\":5}");
        var fromFile = DaemonOptions.parse("--config-file", file.toString()).properties(Map.of());
        assertEquals("reg.lan:5000,10.0.0.0/8", fromFile.get("berth.registry.insecure"));
        assertEquals("5", fromFile.get("berth.registry.max-concurrent-downloads"));
        var fromFlags = DaemonOptions.parse("--config-file", file.toString(), "--insecure-registry", "a:1",
                "--insecure-registry=b:2").properties(Map.of());
        assertEquals("a:1,b:2", fromFlags.get("berth.registry.insecure"));
    }

    @Test
    void authorizationPluginsComeFromRepeatedFlagsOrTheFileInOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("authz.json"), "{\"authorization-plugins\":[\"opa\",\"audit\"]}");
        assertEquals("opa,audit", DaemonOptions.parse("--config-file", file.toString()).properties(Map.of())
                .get(DaemonOptions.AUTHORIZATION_PLUGINS));
        assertEquals("b,a", DaemonOptions.parse("--config-file", file.toString(), "--authorization-plugin", "b",
                "--authorization-plugin=a").properties(Map.of()).get(DaemonOptions.AUTHORIZATION_PLUGINS));
        var bad = assertThrows(DaemonOptions.OptionsException.class,
                () -> DaemonOptions.parse("--authorization-plugin", "a,b").properties(Map.of()));
        assertEquals("invalid authorization plugin name \"a,b\"", bad.getMessage());
    }
}
