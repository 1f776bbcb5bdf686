package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapabilitiesTest {

    @Test
    void noChangesGiveDockersDefaultSet() {
        assertEquals(Capabilities.DEFAULT, Capabilities.resolve(List.of(), List.of()));
    }

    @Test
    void namesAreNormalisedAndAnAddWinsOverADrop() {
        List<String> caps = Capabilities.resolve(List.of("net_admin", "CAP_CHOWN"), List.of("chown", "KILL"));
        assertTrue(caps.contains("CAP_NET_ADMIN"));
        assertTrue(caps.contains("CAP_CHOWN"));
        assertFalse(caps.contains("CAP_KILL"));
    }

    @Test
    void addAllGivesEveryCapabilityButTheDropped() {
        List<String> caps = Capabilities.resolve(List.of("ALL"), List.of("SYS_ADMIN"));
        assertEquals(Capabilities.ALL.size() - 1, caps.size());
        assertFalse(caps.contains("CAP_SYS_ADMIN"));
    }

    @Test
    void dropAllKeepsOnlyTheAdded() {
        assertEquals(List.of("CAP_CHOWN"), Capabilities.resolve(List.of("CHOWN"), List.of("all")));
    }

    @Test
    void unknownCapabilityIsABadParameter() {
        var e = assertThrows(InvalidParameter.class, () -> Capabilities.resolve(List.of("FLY"), List.of()));
        assertEquals("unknown capability: \"CAP_FLY\"", e.getMessage());
    }

    @Test
    void capabilitiesAreInKernelBitOrder() {
        assertEquals(0, Capabilities.ALL.indexOf("CAP_CHOWN"));
        assertEquals(21, Capabilities.ALL.indexOf("CAP_SYS_ADMIN"));
        assertEquals(40, Capabilities.ALL.indexOf("CAP_CHECKPOINT_RESTORE"));
    }
}
