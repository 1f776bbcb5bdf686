package dev.berth.application.container;

import dev.berth.application.volume.InMemoryVolumeStore;
import dev.berth.application.volume.VolumeService;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.CreateRequest;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.runtime.ContainerLogs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A container service on fakes (runtime, snapshotter, store) with one image, {@code busybox}, for use case tests. */
final class ContainerFixture {

    static final Digest LAYER = Digest.of("layer".getBytes(StandardCharsets.UTF_8));
    static final Image BUSYBOX = new Image(new ImageId(Digest.of("config".getBytes(StandardCharsets.UTF_8))),
            new ImageConfig("amd64", "linux", null, Instant.EPOCH, null, null, null,
                    new ContainerDefaults(null, List.of("PATH=/bin"), null, List.of("sh"), null, Map.of(), Set.of(),
                            Set.of(), null),
                    List.of(LAYER), List.of()),
            List.of(), 100);

    final FakeRuntime runtime = new FakeRuntime();
    final FakeSnapshotter snapshotter = new FakeSnapshotter();
    final InMemoryContainerStore store = new InMemoryContainerStore();
    final List<String> events = new CopyOnWriteArrayList<>();

    ContainerService newService() {
        return newService((file, query, stopped, sink) -> { });
    }

    ContainerService newService(ContainerLogs logs) {
        ImageLookup images = name -> {
            if (!name.equals("busybox")) {
                throw new NotFound("No such image: " + name);
            }
            return BUSYBOX;
        };
        return new ContainerService(store, images, snapshotter, runtime, logs,
                Clock.systemUTC(), Path.of("/usr/bin/tini-static"),
                new ContainerVolumes(new VolumeService(List.of(), new InMemoryVolumeStore(), (type, action, actor) -> { })),
                (type, action, actor) -> events.add(action + " " + new java.util.TreeMap<>(actor.attributes())));
    }

    static CreateRequest request(String name, boolean autoRemove, String... cmd) {
        var config = new ContainerConfig("busybox", null, null, null, List.of("A=1"), null,
                cmd.length == 0 ? null : List.of(cmd), null, Map.of(), Set.of(), false, false, false, false, true,
                true, null, null);
        return new CreateRequest(Optional.ofNullable(name).map(ContainerName::new), config,
                new HostConfig(autoRemove, null, null, null, null, false, false));
    }
}
