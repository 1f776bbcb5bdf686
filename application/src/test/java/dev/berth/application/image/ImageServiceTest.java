package dev.berth.application.image;

import dev.berth.application.image.ImageDeletion.Deleted;
import dev.berth.application.image.ImageDeletion.Untagged;
import dev.berth.application.image.ImageUsers.ImageUser;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.ArchiveImage;
import dev.berth.domain.image.ChainId;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.HistoryEntry;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;
import dev.berth.domain.storage.SnapshotKey;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageServiceTest {

    private static final byte[] BASE_LAYER = bytes("base layer tar");
    private static final byte[] APP_LAYER = bytes("app layer tar, longer");

    private final InMemoryContentStore content = new InMemoryContentStore();
    private final InMemoryImageStore store = new InMemoryImageStore();
    private final FakeConfigCodec codec = new FakeConfigCodec();
    private final FakeArchive archive = new FakeArchive();
    private final FakeSnapshotter snapshotter = new FakeSnapshotter();
    private final Map<ImageId, List<ImageUser>> users = new HashMap<>();
    private final List<String> events = new ArrayList<>();
    private final ImageService service = new ImageService(content, store, codec, archive, snapshotter,
            id -> users.getOrDefault(id, List.of()),
            (type, action, actor) -> events.add(action + " " + actor.id() + " " + actor.attributes().get("name")));
    private int created;

    // ---------------------------------------------------------------- load

    @Test
    void loadRegistersTheImageItsTagsAndOneSnapshotPerLayer() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER, APP_LAYER)), "cli-x/y:v1", "busybox");

        assertEquals(List.of("Loaded image: cli-x/y:v1", "Loaded image: busybox:latest"), image.messages());
        Image found = service.resolve("cli-x/y:v1");
        assertEquals(image.id(), found.id());
        assertEquals(BASE_LAYER.length + APP_LAYER.length, found.size());
        List<ChainId> chain = ChainId.chain(List.of(Digest.of(BASE_LAYER), Digest.of(APP_LAYER)));
        assertEquals(Set.of(key(chain.get(0)), key(chain.get(1))), snapshotter.committed());
        assertEquals(snapshotter.committed(), snapshotter.all(), "no extraction snapshot left behind");
    }

    @Test
    void untaggedLoadReportsTheImageId() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)));
        assertEquals(List.of("Loaded image ID: " + image.id()), image.messages());
        assertTrue(service.resolve(image.id().toString()).references().isEmpty());
    }

    @Test
    void blobsTheArchiveBroughtButNoImageUsesAreRemoved() {
        byte[] version = bytes("1.0");
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)), List.of(version), "a:1");
        assertEquals(Set.of(image.id().digest(), Digest.of(BASE_LAYER)), content.digests());
    }

    @Test
    void layerNotMatchingTheConfigDiffIdsIsRefusedAndLeavesNothing() {
        ImageConfig config = config(Map.of(), List.of(BASE_LAYER));
        byte[] raw = codec.encode(config);
        var image = new ArchiveImage(Digest.of(raw), List.of(Digest.of(APP_LAYER)),
                List.of(ImageReference.parse("a:1")));
        byte[] tar = archive.pack(new FakeArchive.Packed(List.of(image), List.of(raw, APP_LAYER)));

        InvalidParameter e = assertThrows(InvalidParameter.class, () -> service.load(new ByteArrayInputStream(tar)));

        assertTrue(e.getMessage().startsWith("invalid diffID for layer 0"), e.getMessage());
        assertTrue(service.list(ImageListFilter.NONE).isEmpty());
        assertTrue(content.digests().isEmpty());
        assertTrue(snapshotter.all().isEmpty());
    }

    @Test
    void spaceCountsASharedLayerOnceAndAsSharedByBothImages() {
        Loaded app = load(config(Map.of(), List.of(BASE_LAYER, APP_LAYER)), "app:1");
        Loaded base = load(config(Map.of("base", "yes"), List.of(BASE_LAYER)), "base:1");

        ImageSpace space = service.space();
        assertEquals(BASE_LAYER.length + APP_LAYER.length, space.layersSize());
        assertEquals(BASE_LAYER.length, space.sharedSize(app.id()));
        assertEquals(BASE_LAYER.length, space.sharedSize(base.id()));
    }

    @Test
    void tagMovedByALoadLeavesTheOldImageDangling() {
        Loaded old = load(config(Map.of(), List.of(BASE_LAYER)), "app:1");
        Loaded current = load(config(Map.of(), List.of(BASE_LAYER)), "app:1");

        assertEquals("The image app:1 already exists, renaming the old one with ID " + old.id()
                + " to empty string", current.messages().getFirst());
        assertTrue(service.resolve(old.id().toString()).references().isEmpty());
        assertEquals(current.id(), service.resolve("app:1").id());
        assertEquals(1, snapshotter.applied, "the shared layer is unpacked once");
    }

    @Test
    void removalDuringALoadKeepsTheBlobsTheLoadStreamed() {
        load(config(Map.of(), List.of(BASE_LAYER)), "a:1");
        archive.afterNextRead(() -> service.remove("a:1", false, true));

        Loaded b = load(config(Map.of(), List.of(BASE_LAYER)), "b:1");

        assertThrows(NotFound.class, () -> service.resolve("a:1"));
        assertEquals(b.id(), service.resolve("b:1").id());
        assertTrue(content.exists(Digest.of(BASE_LAYER)), "layer blob kept for the load in flight");
        assertEquals(Set.of(key(ChainId.first(Digest.of(BASE_LAYER)))), snapshotter.committed());
    }

    // ---------------------------------------------------------------- resolve

    @Test
    void resolvesByFullIdBareHexShortPrefixAndReference() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)), "busybox");
        String hex = image.id().digest().hex();
        assertEquals(image.id(), service.resolve(image.id().toString()).id());
        assertEquals(image.id(), service.resolve(hex).id());
        assertEquals(image.id(), service.resolve(hex.substring(0, 12)).id());
        assertEquals(image.id(), service.resolve("sha256:" + hex.substring(0, 5)).id());
        assertEquals(image.id(), service.resolve("busybox:latest").id());
        assertEquals(image.id(), service.resolve("docker.io/library/busybox").id());
    }

    @Test
    void missingImageIsNotFoundInDockerdWording() {
        load(config(Map.of(), List.of(BASE_LAYER)), "app:1");
        assertEquals("No such image: app:nope",
                assertThrows(NotFound.class, () -> service.inspect("app:nope")).getMessage());
        assertEquals("No such image: other:latest",
                assertThrows(NotFound.class, () -> service.resolve("other")).getMessage());
    }

    @Test
    void ambiguousPrefixFindsNothing() {
        List<ImageId> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(load(config(Map.of(), List.of(BASE_LAYER))).id());
        }
        String shared = sharedFirstChar(ids);
        assertThrows(NotFound.class, () -> service.resolve(shared));
    }

    // ---------------------------------------------------------------- list

    @Test
    void listFiltersByReferenceGlobLabelAndDanglingNewestFirst() {
        Loaded a = load(config(Map.of("sel", "yes"), List.of(BASE_LAYER)), "p-f/a:1");
        Loaded b = load(config(Map.of(), List.of(BASE_LAYER)), "p-f/b:1", "p-f/b:2", "other:1");
        Loaded dangling = load(config(Map.of("sel", "yes"), List.of(BASE_LAYER)));

        assertEquals(List.of(b.id(), a.id()), ids(filter(List.of("p-f/*"), List.of(), null)));
        assertEquals(List.of(ImageReference.parse("p-f/b:1"), ImageReference.parse("p-f/b:2")),
                service.list(filter(List.of("p-f/b"), List.of(), null)).getFirst().references(),
                "only the matching references are listed");
        assertEquals(List.of(a.id()), ids(filter(List.of("p-f/*"), List.of("sel=yes"), null)));
        assertEquals(List.of(dangling.id(), a.id()), ids(filter(List.of(), List.of("sel"), null)));
        assertEquals(List.of(dangling.id()), ids(filter(List.of(), List.of(), true)));
        assertEquals(List.of(b.id(), a.id()), ids(filter(List.of(), List.of(), false)));
        assertEquals(List.of(b.id()), ids(filter(List.of("p-f/b:?"), List.of(), null)));
        assertEquals(List.of(dangling.id(), b.id(), a.id()), ids(ImageListFilter.NONE));
    }

    @Test
    void listFiltersByCreatedBeforeAndSince() {
        Loaded a = load(config(Map.of(), List.of(BASE_LAYER)), "a:1");
        Loaded b = load(config(Map.of(), List.of(BASE_LAYER)), "b:1");
        Loaded c = load(config(Map.of(), List.of(BASE_LAYER)), "c:1");
        assertEquals(List.of(a.id()), ids(new ImageListFilter(List.of(), List.of(), null, "b:1", null)));
        assertEquals(List.of(c.id()), ids(new ImageListFilter(List.of(), List.of(), null, null, "b:1")));
        assertEquals(b.id(), service.resolve("b:1").id());
    }

    // ---------------------------------------------------------------- history

    @Test
    void historyIsNewestFirstWithTheIdAndTagsOnTheTopEntryOnly() {
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        var history = List.of(new HistoryEntry(t0, "base", null, null, false),
                new HistoryEntry(t0, "step-one", null, null, true),
                new HistoryEntry(t0, "step-two", null, "note", false));
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER, APP_LAYER), history), "h:1");

        List<ImageHistoryItem> items = service.history("h:1");

        assertEquals(List.of("step-two", "step-one", "base"), items.stream().map(ImageHistoryItem::createdBy).toList());
        assertEquals(image.id(), items.get(0).image());
        assertEquals(List.of(ImageReference.parse("h:1")), items.get(0).tags());
        assertNull(items.get(1).image());
        assertNull(items.get(2).image());
        assertEquals(List.of((long) APP_LAYER.length, 0L, (long) BASE_LAYER.length),
                items.stream().map(ImageHistoryItem::size).toList());
        assertEquals("note", items.get(0).comment());
    }

    // ---------------------------------------------------------------- tag

    @Test
    void tagAddsAReferenceToTheSameImage() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)), "busybox");
        service.tag("busybox", "p-tag/x", "v1");
        service.tag("p-tag/x:v1", "p-tag/x", "v2");
        service.tag(image.id().digest().shortHex(), "p-tag/x", "");
        assertEquals(image.id(), service.resolve("p-tag/x:v2").id());
        assertEquals(image.id(), service.resolve("p-tag/x:latest").id());
        assertEquals(4, service.resolve("busybox").references().size());
        assertEquals(List.of("load " + image.id() + " " + image.id(), "tag " + image.id() + " p-tag/x:v1",
                "tag " + image.id() + " p-tag/x:v2", "tag " + image.id() + " p-tag/x:latest"), events);
    }

    @Test
    void tagRefusesDigestsAndHexRepositories() {
        load(config(Map.of(), List.of(BASE_LAYER)), "busybox");
        assertThrows(InvalidParameter.class, () -> service.tag("busybox", "a".repeat(64), "1"));
        assertThrows(InvalidParameter.class, () -> service.tag("busybox", "x@sha256:" + "a".repeat(64), ""));
        assertThrows(NotFound.class, () -> service.tag("nope", "x", "1"));
    }

    // ---------------------------------------------------------------- remove

    @Test
    void removingOneOfTwoTagsOnlyUntags() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)), "p-r/a:1", "p-r/b:1");

        assertEquals(List.of(new Untagged("p-r/a:1")), service.remove("p-r/a:1", false, true));
        assertThrows(NotFound.class, () -> service.resolve("p-r/a:1"));
        assertEquals(image.id(), service.resolve("p-r/b:1").id());
    }

    @Test
    void removingTheLastTagDeletesImageLayersAndBlobs() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER, APP_LAYER)), "p-r/b:1");
        List<ChainId> chain = ChainId.chain(List.of(Digest.of(BASE_LAYER), Digest.of(APP_LAYER)));

        events.clear();
        List<ImageDeletion> result = service.remove("p-r/b:1", false, true);

        assertEquals(List.of(new Untagged("p-r/b:1"), new Deleted(image.id().toString()),
                new Deleted(chain.get(1).toString()), new Deleted(chain.get(0).toString())), result);
        assertEquals(List.of("untag " + image.id() + " p-r/b:1", "delete " + image.id() + " " + image.id()), events);
        assertThrows(NotFound.class, () -> service.resolve(image.id().toString()));
        assertTrue(snapshotter.all().isEmpty());
        assertTrue(content.digests().isEmpty());
    }

    @Test
    void removingByShortIdUntagsItsOnlyReferenceAndDeletes() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)), "p-id:1");
        List<ImageDeletion> result = service.remove(image.id().digest().shortHex(), false, true);
        assertEquals(new Untagged("p-id:1"), result.get(0));
        assertEquals(new Deleted(image.id().toString()), result.get(1));
        assertTrue(service.list(ImageListFilter.NONE).isEmpty());
    }

    @Test
    void removingByIdAnImageWithSeveralReferencesNeedsForce() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)), "p-id2:a", "p-id2:b");
        String shortId = image.id().digest().shortHex();

        Conflict e = assertThrows(Conflict.class, () -> service.remove(shortId, false, true));
        assertEquals("conflict: unable to delete " + shortId
                + " (must be forced) - image is referenced in multiple repositories", e.getMessage());

        List<ImageDeletion> result = service.remove(shortId, true, true);
        assertTrue(result.containsAll(List.of(new Untagged("p-id2:a"), new Untagged("p-id2:b"),
                new Deleted(image.id().toString()))), result.toString());
        assertTrue(service.list(ImageListFilter.NONE).isEmpty());
    }

    @Test
    void stoppedContainerBlocksRemovalUnlessForced() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)), "p-cf:1");
        String container = "c".repeat(64);
        users.put(image.id(), List.of(new ImageUser(container, false)));
        String shortId = image.id().digest().shortHex();

        assertEquals("conflict: unable to remove repository reference \"p-cf:1\" (must force) - container "
                        + "cccccccccccc is using its referenced image " + shortId,
                assertThrows(Conflict.class, () -> service.remove("p-cf:1", false, true)).getMessage());
        assertEquals("conflict: unable to delete " + shortId
                        + " (must be forced) - image is being used by stopped container cccccccccccc",
                assertThrows(Conflict.class, () -> service.remove(image.id().toString(), false, true)).getMessage());
        assertEquals(image.id(), service.resolve("p-cf:1").id(), "image still present after refusals");

        List<ImageDeletion> result = service.remove(image.id().toString(), true, true);
        assertTrue(result.contains(new Deleted(image.id().toString())), result.toString());
    }

    @Test
    void runningContainerBlocksRemovalEvenForced() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)), "p-run:1");
        users.put(image.id(), List.of(new ImageUser("d".repeat(64), true)));
        String shortId = image.id().digest().shortHex();

        assertEquals("conflict: unable to delete " + shortId
                        + " (cannot be forced) - image is being used by running container dddddddddddd",
                assertThrows(Conflict.class, () -> service.remove(image.id().toString(), true, true)).getMessage());
        assertEquals(image.id(), service.resolve("p-run:1").id());

        // forcing the tag away leaves the image dangling but present, as dockerd
        assertEquals(List.of(new Untagged("p-run:1")), service.remove("p-run:1", true, true));
        assertTrue(service.resolve(image.id().toString()).references().isEmpty());
    }

    @Test
    void layersSharedWithAnotherImageSurviveItsRemoval() {
        Loaded base = load(config(Map.of(), List.of(BASE_LAYER)), "base:1");
        Loaded app = load(config(Map.of(), List.of(BASE_LAYER, APP_LAYER)), "app:1");
        List<ChainId> chain = ChainId.chain(List.of(Digest.of(BASE_LAYER), Digest.of(APP_LAYER)));

        List<ImageDeletion> result = service.remove("app:1", false, true);

        assertEquals(List.of(new Untagged("app:1"), new Deleted(app.id().toString()),
                new Deleted(chain.get(1).toString())), result);
        assertEquals(Set.of(key(chain.get(0))), snapshotter.all());
        assertEquals(Set.of(base.id().digest(), Digest.of(BASE_LAYER)), content.digests());

        service.remove("base:1", false, true);
        assertTrue(snapshotter.all().isEmpty());
        assertTrue(content.digests().isEmpty());
    }

    // ---------------------------------------------------------------- prune

    @Test
    void pruneRemovesUnusedDanglingImagesMatchingTheLabels() {
        Loaded dangling = load(config(Map.of("p", "x"), List.of(BASE_LAYER, APP_LAYER)));
        Loaded otherLabel = load(config(Map.of("p", "y"), List.of(BASE_LAYER)));
        Loaded tagged = load(config(Map.of("p", "x"), List.of(BASE_LAYER)), "keep:1");
        Loaded used = load(config(Map.of("p", "x"), List.of(BASE_LAYER)));
        users.put(used.id(), List.of(new ImageUser("u".repeat(12), false)));

        ImagePruneReport report = service.prune(new ImagePruneFilter(true, List.of("p=x"), List.of(), null));

        ChainId appChain = ChainId.chain(List.of(Digest.of(BASE_LAYER), Digest.of(APP_LAYER))).get(1);
        assertEquals(List.of(new Deleted(dangling.id().toString()), new Deleted(appChain.toString())),
                report.deleted());
        assertEquals(APP_LAYER.length, report.spaceReclaimed());
        assertEquals(Set.of(otherLabel.id(), tagged.id(), used.id()), Set.copyOf(ids(ImageListFilter.NONE)));
    }

    @Test
    void pruneOfAllUnusedImagesUntagsThemAndHonoursExclusions() {
        Loaded tagged = load(config(Map.of(), List.of(BASE_LAYER)), "old:1");
        Loaded kept = load(config(Map.of("keep", "yes"), List.of(BASE_LAYER)), "kept:1");

        ImagePruneReport report = service.prune(new ImagePruneFilter(false, List.of(), List.of("keep"), null));

        assertTrue(report.deleted().containsAll(List.of(new Untagged("old:1"), new Deleted(tagged.id().toString()))),
                report.deleted().toString());
        assertEquals(List.of(kept.id()), ids(ImageListFilter.NONE));
        assertEquals(0, report.spaceReclaimed(), "the base layer is still used by the kept image");
    }

    @Test
    void pruneUntilKeepsNewerImages() {
        Loaded old = load(config(Map.of(), List.of(BASE_LAYER)));
        Loaded recent = load(config(Map.of(), List.of(BASE_LAYER)));
        Instant cut = service.resolve(recent.id().toString()).config().created();

        service.prune(new ImagePruneFilter(true, List.of(), List.of(), cut));

        assertEquals(List.of(recent.id()), ids(ImageListFilter.NONE));
        assertThrows(NotFound.class, () -> service.resolve(old.id().toString()));
    }

    // ---------------------------------------------------------------- import

    @Test
    void importMakesAOneLayerImageWithTheChangesAndMessage() {
        ImageId id = service.importImage(new ByteArrayInputStream(BASE_LAYER), new ImportRequest(
                List.of("CMD [\"/bin/sh\",\"-c\",\"echo imported-$IMP\"]", "ENV IMP=ok"), "cli import", "-",
                ImageReference.parse("p-imp:1")));

        Image image = service.resolve("p-imp:1");
        assertEquals(id, image.id());
        assertEquals(List.of(Digest.of(BASE_LAYER)), image.config().diffIds());
        assertEquals(List.of("/bin/sh", "-c", "echo imported-$IMP"), image.config().config().cmd());
        assertEquals(List.of("IMP=ok"), image.config().config().env());
        assertEquals("cli import", image.config().comment());
        assertEquals("linux", image.config().os());
        assertEquals(BASE_LAYER.length, image.size());
        assertEquals(Set.of(key(ChainId.first(Digest.of(BASE_LAYER)))), snapshotter.committed());
        assertEquals(Set.of(id.digest(), Digest.of(BASE_LAYER)), content.digests());
    }

    @Test
    void importAcceptsGzipAndDefaultsTheMessage() throws java.io.IOException {
        var gz = new ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(APP_LAYER);
        }
        ImageId id = service.importImage(new ByteArrayInputStream(gz.toByteArray()),
                new ImportRequest(List.of(), "", "-", null));

        Image image = service.resolve(id.toString());
        assertEquals(List.of(Digest.of(APP_LAYER)), image.config().diffIds());
        assertEquals("Imported from -", image.config().comment());
        assertTrue(image.references().isEmpty());
    }

    @Test
    void importWithABadChangeStoresNothing() {
        assertThrows(InvalidParameter.class, () -> service.importImage(new ByteArrayInputStream(BASE_LAYER),
                new ImportRequest(List.of("RUN x"), "", "-", null)));
        assertTrue(content.digests().isEmpty());
    }

    // ---------------------------------------------------------------- save

    @Test
    void saveThenLoadGivesTheSameImageAndTags() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)), "p-ls:1", "p-ls:2", "other:1");
        var out = new ByteArrayOutputStream();
        service.export(List.of("p-ls:1")).writeTo(out);
        assertEquals(List.of(ImageReference.parse("p-ls:1")), archive.written().getFirst().getFirst().repoTags());

        service.remove(image.id().toString(), true, true);
        assertThrows(NotFound.class, () -> service.resolve(image.id().toString()));

        List<String> messages = service.load(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(List.of("Loaded image: p-ls:1"), messages);
        assertEquals(image.id(), service.resolve("p-ls:1").id());
    }

    @Test
    void saveByRepositoryTakesEveryTagAndByIdNone() {
        Loaded image = load(config(Map.of(), List.of(BASE_LAYER)), "p-ls:1", "p-ls:2", "other:1");
        service.export(List.of("p-ls")).writeTo(new ByteArrayOutputStream());
        assertEquals(List.of(ImageReference.parse("p-ls:1"), ImageReference.parse("p-ls:2")),
                archive.written().getLast().getFirst().repoTags());

        service.export(List.of(image.id().digest().shortHex())).writeTo(new ByteArrayOutputStream());
        assertEquals(List.of(), archive.written().getLast().getFirst().repoTags());
    }

    @Test
    void saveOfAMissingImageFailsBeforeWriting() {
        assertThrows(NotFound.class, () -> service.export(List.of("missing:1")));
        assertTrue(archive.written().isEmpty());
    }

    // ---------------------------------------------------------------- helpers

    private record Loaded(ImageId id, List<String> messages) {
    }

    private Loaded load(ImageConfig config, String... tags) {
        return load(config, List.of(), tags);
    }

    private Loaded load(ImageConfig config, List<byte[]> extraBlobs, String... tags) {
        byte[] raw = codec.encode(config);
        var blobs = new ArrayList<byte[]>();
        blobs.add(raw);
        blobs.addAll(layersOf(config));
        blobs.addAll(extraBlobs);
        var image = new ArchiveImage(Digest.of(raw), config.diffIds(),
                java.util.Arrays.stream(tags).map(ImageReference::parse).toList());
        byte[] tar = archive.pack(new FakeArchive.Packed(List.of(image), blobs));
        List<String> messages = service.load(new ByteArrayInputStream(tar));
        return new Loaded(new ImageId(Digest.of(raw)), messages);
    }

    private final Map<Digest, byte[]> layerContents = new HashMap<>();

    private List<byte[]> layersOf(ImageConfig config) {
        return config.diffIds().stream().map(layerContents::get).toList();
    }

    private ImageConfig config(Map<String, String> labels, List<byte[]> layers) {
        return config(labels, layers, List.of());
    }

    /** Each config is created one minute after the previous one, so "newest first" is well defined. */
    private ImageConfig config(Map<String, String> labels, List<byte[]> layers, List<HistoryEntry> history) {
        layers.forEach(layer -> layerContents.put(Digest.of(layer), layer));
        var defaults = new ContainerDefaults(null, List.of("PATH=/bin"), null, List.of("sh"), null, labels,
                Set.of(), Set.of(), null);
        Instant at = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * created++);
        return new ImageConfig("amd64", "linux", null, at,
                null, null, null, defaults, layers.stream().map(Digest::of).toList(), history);
    }

    private List<ImageId> ids(ImageListFilter filter) {
        return service.list(filter).stream().map(Image::id).toList();
    }

    private static ImageListFilter filter(List<String> references, List<String> labels, Boolean dangling) {
        return new ImageListFilter(references, labels, dangling, null, null);
    }

    private static SnapshotKey key(ChainId chainId) {
        return new SnapshotKey(chainId.digest().hex());
    }

    private static String sharedFirstChar(List<ImageId> ids) {
        Map<Character, Integer> counts = new HashMap<>();
        ids.forEach(id -> counts.merge(id.digest().hex().charAt(0), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).findFirst().orElseThrow().getKey().toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
