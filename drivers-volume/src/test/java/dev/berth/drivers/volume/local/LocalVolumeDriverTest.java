package dev.berth.drivers.volume.local;

import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalVolumeDriverTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Map<String, String> TMPFS = Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=2m");

    @TempDir
    Path root;

    private final FakeDevices devices = new FakeDevices();

    private LocalVolumeDriver driver() {
        return new LocalVolumeDriver(root, devices, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aVolumeIsADataDirectoryWhoseOptionsANewInstanceReadsBack() throws Exception {
        Volume created = driver().create(new VolumeName("web-data"), TMPFS);
        assertEquals(root.resolve("web-data/_data"), created.mountpoint());
        Files.writeString(created.mountpoint().resolve("f"), "kept");

        Volume reread = new LocalVolumeDriver(root).get(new VolumeName("web-data")).orElseThrow();
        assertEquals(TMPFS, reread.options());
        assertEquals(NOW, reread.createdAt());
        assertEquals("kept", Files.readString(reread.mountpoint().resolve("f")));
        assertEquals(List.of("web-data"), new LocalVolumeDriver(root).list().stream()
                .map(v -> v.name().value()).toList());
    }

    @Test
    void listSkipsWhatIsNotAVolume() throws Exception {
        driver().create(new VolumeName("v1"), Map.of());
        Files.writeString(root.resolve("metadata.json"), "{}");
        Files.writeString(root.resolve(".opts.json.tmp"), "");
        Files.createDirectories(root.resolve("no-data-dir"));
        assertEquals(List.of("v1"), driver().list().stream().map(v -> v.name().value()).toList());
    }

    @Test
    void badOptionsAreRefusedWithAClearMessageAndCreateNothing() {
        var tooBig = assertThrows(InvalidParameter.class, () -> driver().create(new VolumeName("t1"),
                Map.of("type", "tmpfs", "device", "tmpfs", "o", "size=abc")));
        assertEquals("invalid size: 'abc'", tooBig.getMessage());
        var unknown = assertThrows(InvalidParameter.class,
                () -> driver().create(new VolumeName("t2"), Map.of("colour", "red")));
        assertEquals("invalid option key: \"colour\"", unknown.getMessage());
        var noDevice = assertThrows(InvalidParameter.class,
                () -> driver().create(new VolumeName("t3"), Map.of("type", "tmpfs")));
        assertEquals("missing required option: \"device\"", noDevice.getMessage());
        assertEquals(List.of(), driver().list());
    }

    @Test
    void tmpfsSizesWithSuffixesOrPercentagesAreAccepted() {
        for (String size : List.of("2m", "100k", "1G", "1048576", "50%")) {
            driver().create(new VolumeName("s" + size.replace("%", "pc")),
                    Map.of("type", "tmpfs", "device", "tmpfs", "o", "uid=1000,size=" + size));
        }
        assertEquals(5, driver().list().size());
    }

    @Test
    void theDeviceIsMountedFromTheFirstUserToTheLastUnderConcurrentMountsAndUnmounts() throws Exception {
        LocalVolumeDriver driver = driver();
        VolumeName name = new VolumeName("shared");
        driver.create(name, TMPFS);
        int users = 32;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                String id = "container-" + i;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 20; round++) {
                        driver.mount(name, id);
                        if (!devices.isMounted(root.resolve("shared/_data"))) {
                            devices.errors.add(id + " saw its volume unmounted while using it");
                        }
                        driver.unmount(name, id);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), List.copyOf(devices.errors));
        assertFalse(devices.isMounted(root.resolve("shared/_data")));
        assertEquals(devices.mounts, devices.unmounts);
    }

    @Test
    void theDeviceStaysMountedWhileAUserRemainsAndAnUnknownUnmountChangesNothing() {
        LocalVolumeDriver driver = driver();
        VolumeName name = new VolumeName("tv");
        driver.create(name, TMPFS);
        driver.mount(name, "a");
        driver.mount(name, "b");
        driver.unmount(name, "nobody");
        driver.unmount(name, "a");
        assertTrue(devices.isMounted(root.resolve("tv/_data")));
        driver.unmount(name, "b");
        assertFalse(devices.isMounted(root.resolve("tv/_data")));
        assertEquals(1, devices.mounts);
    }

    @Test
    void aPlainVolumeMountsNothing() {
        LocalVolumeDriver driver = driver();
        VolumeName name = new VolumeName("plain");
        driver.create(name, Map.of());
        assertEquals(root.resolve("plain/_data"), driver.mount(name, "a"));
        driver.unmount(name, "a");
        assertEquals(0, devices.mounts);
    }

    @Test
    void removingAMountedVolumeIsAConflictAndRemovalNeverFollowsSymlinks() throws Exception {
        Path outside = Files.writeString(Files.createTempFile("outside", ".txt"), "must stay");
        LocalVolumeDriver driver = driver();
        VolumeName name = new VolumeName("links");
        Volume volume = driver.create(name, Map.of());
        Files.createSymbolicLink(volume.mountpoint().resolve("link"), outside);
        Files.createDirectories(volume.mountpoint().resolve("d/e"));
        driver.mount(name, "user");
        assertThrows(Conflict.class, () -> driver.remove(name));
        driver.unmount(name, "user");

        driver.remove(name);
        assertFalse(Files.exists(root.resolve("links")));
        assertEquals("must stay", Files.readString(outside));
        Files.delete(outside);
    }

    /** Tracks mount state and flags a mount over a mount or an unmount of nothing. */
    private static final class FakeDevices implements DeviceMounts {
        private final Set<Path> mounted = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        volatile int mounts;
        volatile int unmounts;

        @Override
        public synchronized void mount(LocalVolumeOptions options, Path target) {
            if (!mounted.add(target)) {
                errors.add("mounted twice: " + target);
            }
            mounts++;
        }

        @Override
        public synchronized void unmount(Path target) {
            if (!mounted.remove(target)) {
                errors.add("unmounted while not mounted: " + target);
            }
            unmounts++;
        }

        @Override
        public boolean isMounted(Path target) {
            return mounted.contains(target);
        }
    }
}
