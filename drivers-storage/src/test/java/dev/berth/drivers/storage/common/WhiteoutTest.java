package dev.berth.drivers.storage.common;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhiteoutTest {

    @Test
    void aWhiteoutPrefixNamesTheSiblingToDelete() {
        assertEquals(Optional.of(new Whiteout.Removal("etc/passwd")), Whiteout.parse("etc/.wh.passwd"));
        assertEquals(Optional.of(new Whiteout.Removal("top")), Whiteout.parse(".wh.top"));
        assertEquals(Optional.of(new Whiteout.Removal("a/b/.hidden")), Whiteout.parse("a/b/.wh..hidden"));
    }

    @Test
    void theOpaqueMarkerNamesItsDirectory() {
        assertEquals(Optional.of(new Whiteout.Opaque("var/cache")), Whiteout.parse("var/cache/.wh..wh..opq"));
        assertEquals(Optional.of(new Whiteout.Opaque("")), Whiteout.parse(".wh..wh..opq"));
    }

    @Test
    void otherAufsMetadataIsRecognisedSoItCanBeSkipped() {
        assertEquals(Optional.of(new Whiteout.Metadata(".wh..wh.plnk")), Whiteout.parse(".wh..wh.plnk"));
        assertEquals(Optional.of(new Whiteout.Metadata(".wh..wh.plnk/12.34")), Whiteout.parse(".wh..wh.plnk/12.34"));
        assertEquals(Optional.of(new Whiteout.Metadata("d/.wh..wh.aufs")), Whiteout.parse("d/.wh..wh.aufs"));
    }

    @Test
    void ordinaryNamesAreNoWhiteouts() {
        assertEquals(Optional.empty(), Whiteout.parse("etc/passwd"));
        assertEquals(Optional.empty(), Whiteout.parse("etc/.wh."), "a bare prefix names nothing");
        assertEquals(Optional.empty(), Whiteout.parse("etc/x.wh.y"));
        assertEquals(Optional.empty(), Whiteout.parse(".wh.dir/file"), "only the last component counts");
    }

    @Test
    void namesAreWrittenBackTheSameWay() {
        assertEquals("etc/.wh.passwd", Whiteout.removalOf("etc/passwd"));
        assertEquals(".wh.top", Whiteout.removalOf("top"));
        assertEquals("var/cache/.wh..wh..opq", Whiteout.opaqueOf("var/cache"));
        assertEquals(".wh..wh..opq", Whiteout.opaqueOf(""));
    }
}
