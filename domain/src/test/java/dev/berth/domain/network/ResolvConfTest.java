package dev.berth.domain.network;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResolvConfTest {

    @Test
    void keepsTheHostsResolversAndSearchDomains() {
        assertEquals("nameserver 10.0.0.2\nsearch example.org\n",
                ResolvConf.render(List.of("search example.org", "nameserver 10.0.0.2"), List.of(), List.of(),
                        List.of()));
    }

    @Test
    void replacesLoopbackOnlyResolversWithGoogles() {
        assertEquals("nameserver 8.8.8.8\nnameserver 8.8.4.4\noptions edns0\n",
                ResolvConf.render(List.of("nameserver 127.0.0.53", "options edns0"), List.of(), List.of(),
                        List.of()));
    }

    @Test
    void dnsFlagsReplaceTheHostsServersDomainsAndOptions() {
        assertEquals("nameserver 192.0.2.53\nsearch cli.test\noptions ndots:3\n",
                ResolvConf.render(List.of("nameserver 10.0.0.2", "search example.org", "options edns0"),
                        List.of("192.0.2.53"), List.of("cli.test"), List.of("ndots:3")));
    }
}
