package dev.berth.adapters.rest.volume;

import dev.berth.application.volume.VolumeCommands;
import dev.berth.application.volume.VolumeCreateRequest;
import dev.berth.application.volume.VolumeFilter;
import dev.berth.application.volume.VolumePruneFilter;
import dev.berth.application.volume.VolumePruneReport;
import dev.berth.application.volume.VolumeQueries;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.volume.Volume;
import dev.berth.domain.volume.VolumeName;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Volume use cases for the API tests: the volume {@code data} exists and {@code busy} is used by container
 * {@code c1}; the {@code o=size=abc} option is refused. The filters the resource passed are recorded.
 */
@ApplicationScoped
public class StubVolumeUseCases implements VolumeCommands, VolumeQueries {

    private final List<Object> calls = new CopyOnWriteArrayList<>();

    /** A method, not a field: tests reach this bean through its CDI client proxy. */
    public List<Object> calls() {
        return List.copyOf(calls);
    }

    static Volume volume(String name, Map<String, String> labels, Map<String, String> options) {
        return new Volume(new VolumeName(name), "local", Path.of("/data/volumes", name, "_data"), labels, options,
                "local", Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Override
    public Volume create(VolumeCreateRequest request) {
        if ("size=abc".equals(request.options().get("o"))) {
            throw new InvalidParameter("invalid size: 'abc'");
        }
        return volume(request.name().orElse("generated"), request.labels(), request.options());
    }

    @Override
    public void remove(String name, boolean force) {
        switch (name) {
            case "data" -> calls.add("removed data");
            case "busy" -> throw new Conflict("remove busy: volume is in use - [c1]");
            default -> throw new NotFound("get " + name + ": no such volume");
        }
    }

    @Override
    public VolumePruneReport prune(VolumePruneFilter filter) {
        calls.add(filter);
        return new VolumePruneReport(List.of("data"), 0);
    }

    @Override
    public Volume inspect(String name) {
        if (!name.equals("data")) {
            throw new NotFound("get " + name + ": no such volume");
        }
        return volume("data", Map.of("k", "v"), Map.of());
    }

    @Override
    public List<Volume> list(VolumeFilter filter) {
        calls.add(filter);
        return List.of(inspect("data"));
    }
}
