package dev.berth.domain.network;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class HostsFileTest {

    @Test
    void listsExtraHostsThenTheContainersAddress() {
        String hosts = HostsFile.render("web", "10.20.0.2", List.of("cli-h.test:192.0.2.77"));

        assertTrue(hosts.startsWith("127.0.0.1\tlocalhost\n"), hosts);
        assertTrue(hosts.endsWith("192.0.2.77\tcli-h.test\n10.20.0.2\tweb\n"), hosts);
    }

    @Test
    void mapsTheHostnameToLoopbackWithoutAnAddress() {
        assertTrue(HostsFile.render("web", "", List.of()).endsWith("127.0.0.1\tweb\n"));
    }
}
