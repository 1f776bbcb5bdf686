package dev.berth.adapters.runc;

import dev.berth.domain.runtime.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EtcFilesTest {

    @Test
    void writesHostnameHostsAndResolvConfInTheBundle(@TempDir Path bundle) throws IOException {
        Path hostResolv = Files.writeString(bundle.resolve("host-resolv.conf"), "nameserver 1.1.1.1\n");
        EtcFiles files = EtcFiles.in(bundle);

        files.write("web", NetworkSpec.privateNamespace(null, null), hostResolv);

        assertEquals("web\n", Files.readString(bundle.resolve("hostname")));
        String hosts = Files.readString(bundle.resolve("hosts"));
        assertTrue(hosts.startsWith("127.0.0.1\tlocalhost\n"), hosts);
        assertTrue(hosts.contains("127.0.0.1\tweb\n"), hosts);
        assertEquals("nameserver 1.1.1.1\n", Files.readString(bundle.resolve("resolv.conf")));
    }
}
