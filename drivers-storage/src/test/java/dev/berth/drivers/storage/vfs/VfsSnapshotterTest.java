package dev.berth.drivers.storage.vfs;

import dev.berth.domain.storage.Snapshotter;
import dev.berth.drivers.storage.common.LayerTar;
import dev.berth.drivers.storage.common.SampleTree;
import dev.berth.drivers.storage.common.TreeListing;
import dev.berth.drivers.storage.common.SnapshotterContract;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class VfsSnapshotterTest extends SnapshotterContract {

    @Override
    protected Snapshotter open(Path root) {
        return new VfsSnapshotter(root);
    }

    @Test
    void aChildIsAnIndependentCopyOfItsParent() throws Exception {
        snapshotter.prepare(key("base-active"), Optional.empty());
        Path base = root.resolve("snapshots/base-active/fs");
        Files.delete(base);
        SampleTree.create(base);
        snapshotter.commit(key("base"), key("base-active"));

        snapshotter.prepare(key("child"), Optional.of(key("base")));

        Path committed = root.resolve("snapshots/base/fs");
        Path child = root.resolve("snapshots/child/fs");
        assertEquals(TreeListing.of(committed, true), TreeListing.of(child, true));
        assertNotEquals(Files.getAttribute(committed.resolve("usr/bin/tool"), "unix:ino"),
                Files.getAttribute(child.resolve("usr/bin/tool"), "unix:ino"), "the child owns its copy");
    }

    @Test
    void anOpaqueMarkerAfterTheLayersOwnEntriesKeepsThem() throws Exception {
        snapshotter.prepare(key("base-active"), Optional.empty());
        snapshotter.apply(key("base-active"), new LayerTar().dir("d").file("d/old", "o").dir("d/sub").stream());
        snapshotter.commit(key("base"), key("base-active"));
        snapshotter.prepare(key("child"), Optional.of(key("base")));

        snapshotter.apply(key("child"), new LayerTar().file("d/fresh/deep", "f").opaque("d").stream());

        Path child = root.resolve("snapshots/child/fs");
        assertEquals(List.of("fresh"), names(child.resolve("d")));
        assertEquals("f", Files.readString(child.resolve("d/fresh/deep")));
    }

    @Test
    void theDiffNamesWhatDiffersFromTheParentAndWhitesOutWhatIsGone() throws Exception {
        ChangedContainer changed = changeContainerAndDiff();

        assertEquals(List.of("added", "added-link", "cache/", "cache/.wh.old", "cache/new", "etc/", "etc/.wh.gone",
                "motd", "sl"), entryNames(changed.diff()));
    }
}
