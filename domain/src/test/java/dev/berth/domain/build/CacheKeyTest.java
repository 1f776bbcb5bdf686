package dev.berth.domain.build;

import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.HistoryEntry;
import dev.berth.domain.image.ImageConfig;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheKeyTest {

    private static final Digest BASE_LAYER = new Digest("a".repeat(64));
    private static final Digest NEW_LAYER = new Digest("b".repeat(64));
    private static final HistoryEntry BASE_STEP = new HistoryEntry(Instant.EPOCH, "base", null, null, false);
    private static final ImageConfig PARENT = config(List.of(BASE_LAYER), List.of(BASE_STEP), ContainerDefaults.EMPTY);
    private static final ContainerDefaults WITH_USER =
            new ContainerDefaults("nobody", null, null, null, null, null, null, null, null);

    @Test
    void reusesTheChildMadeBySameInstructionWithSameConfig() {
        var key = new CacheKey(Optional.of(PARENT), "/bin/sh -c #(nop)  USER nobody", WITH_USER);
        assertTrue(key.matches(child(PARENT, "/bin/sh -c #(nop)  USER nobody", WITH_USER, null)));
    }

    @Test
    void aRunStepAddsOneLayer() {
        var key = new CacheKey(Optional.of(PARENT), "/bin/sh -c make", ContainerDefaults.EMPTY);
        assertTrue(key.matches(child(PARENT, "/bin/sh -c make", ContainerDefaults.EMPTY, NEW_LAYER)));
    }

    @Test
    void anotherInstructionConfigOrParentIsAMiss() {
        var key = new CacheKey(Optional.of(PARENT), "/bin/sh -c make", ContainerDefaults.EMPTY);
        assertFalse(key.matches(child(PARENT, "/bin/sh -c make all", ContainerDefaults.EMPTY, NEW_LAYER)));
        assertFalse(key.matches(child(PARENT, "/bin/sh -c make", WITH_USER, NEW_LAYER)));
        var otherParent = config(List.of(NEW_LAYER), List.of(BASE_STEP), ContainerDefaults.EMPTY);
        assertFalse(key.matches(child(otherParent, "/bin/sh -c make", ContainerDefaults.EMPTY, NEW_LAYER)));
        assertFalse(key.matches(PARENT), "the parent itself is not its child");
    }

    @Test
    void aCopyChecksumIsPartOfTheInstruction() {
        var key = new CacheKey(Optional.of(PARENT), "/bin/sh -c #(nop) COPY file:" + "1".repeat(64) + " in /x ",
                ContainerDefaults.EMPTY);
        assertFalse(key.matches(child(PARENT, "/bin/sh -c #(nop) COPY file:" + "2".repeat(64) + " in /x ",
                ContainerDefaults.EMPTY, NEW_LAYER)));
    }

    @Test
    void stepsOnScratchHaveNoParent() {
        var key = new CacheKey(Optional.empty(), "/bin/sh -c #(nop) COPY file:x in / ", ContainerDefaults.EMPTY);
        assertTrue(key.matches(config(List.of(NEW_LAYER),
                List.of(new HistoryEntry(Instant.EPOCH, "/bin/sh -c #(nop) COPY file:x in / ", null, null, false)),
                ContainerDefaults.EMPTY)));
    }

    private static ImageConfig child(ImageConfig parent, String createdBy, ContainerDefaults defaults, Digest layer) {
        List<Digest> diffIds = new ArrayList<>(parent.diffIds());
        if (layer != null) {
            diffIds.add(layer);
        }
        List<HistoryEntry> history = new ArrayList<>(parent.history());
        history.add(new HistoryEntry(Instant.now(), createdBy, null, null, layer == null));
        return config(diffIds, history, defaults);
    }

    private static ImageConfig config(List<Digest> diffIds, List<HistoryEntry> history, ContainerDefaults defaults) {
        return new ImageConfig("amd64", "linux", null, Instant.now(), null, null, null, defaults, diffIds, history);
    }
}
