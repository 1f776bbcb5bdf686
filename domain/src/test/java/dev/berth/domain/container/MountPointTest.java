package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.volume.VolumeMount;
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
    void refusesMalformedBinds() {
        assertThrows(InvalidParameter.class, () -> MountPoint.parseBind("/only-one-part"));
        assertThrows(InvalidParameter.class, () -> MountPoint.parseBind("/host:relative"));
        assertThrows(InvalidParameter.class, () -> MountPoint.parseBind("/host:/data:bogus"));
        assertThrows(InvalidParameter.class, () -> MountPoint.parseBind("/host:/data:nocopy"));
    }

    @Test
    void aNameInsteadOfAPathIsANamedVolume() {
        assertEquals(MountPoint.volume(VolumeMount.named("myvolume", false), "/data", true),
                MountPoint.parseBind("myvolume:/data:ro"));
        MountPoint noCopy = MountPoint.parseBind("myvolume:/data:nocopy");
        assertEquals(MountPoint.Type.VOLUME, noCopy.type());
        assertEquals(true, noCopy.volume().noCopy());
        assertEquals("local", noCopy.volume().driver());
    }

    @Test
    void tmpfsKeepsItsOptionsAndReadsTheAccessMode() {
        assertEquals(new MountPoint(MountPoint.Type.TMPFS, "tmpfs", "/scratch", false, List.of("size=1m")),
                MountPoint.tmpfs("/scratch", "rw,size=1m"));
        assertEquals(true, MountPoint.tmpfs("/t", "ro").readOnly());
        assertEquals(List.of(), MountPoint.tmpfs("/tmp", "").options());
    }
}
