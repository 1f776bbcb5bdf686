package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotImplemented;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MountPointTest {

    @Test
    void parsesBindsWithAndWithoutAMode() {
        assertEquals(new MountPoint(MountPoint.Type.BIND, "/host", "/data", false, List.of()),
                MountPoint.parseBind("/host:/data"));
        assertEquals(new MountPoint(MountPoint.Type.BIND, "/host", "/data", true, List.of()),
                MountPoint.parseBind("/host:/data:ro"));
    }

    @Test
    void refusesMalformedBindsAndDefersNamedVolumes() {
        assertThrows(InvalidParameter.class, () -> MountPoint.parseBind("/only-one-part"));
        assertThrows(InvalidParameter.class, () -> MountPoint.parseBind("/host:relative"));
        assertThrows(InvalidParameter.class, () -> MountPoint.parseBind("/host:/data:bogus"));
        assertThrows(NotImplemented.class, () -> MountPoint.parseBind("myvolume:/data"));
    }

    @Test
    void tmpfsKeepsItsOptionsAndReadsTheAccessMode() {
        assertEquals(new MountPoint(MountPoint.Type.TMPFS, "tmpfs", "/scratch", false, List.of("size=1m")),
                MountPoint.tmpfs("/scratch", "rw,size=1m"));
        assertEquals(true, MountPoint.tmpfs("/t", "ro").readOnly());
        assertEquals(List.of(), MountPoint.tmpfs("/tmp", "").options());
    }
}
