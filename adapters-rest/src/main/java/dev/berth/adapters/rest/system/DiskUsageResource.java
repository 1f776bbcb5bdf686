package dev.berth.adapters.rest.system;

import dev.berth.application.system.DiskUsage;
import dev.berth.application.system.DiskUsageQuery;
import dev.berth.domain.error.InvalidParameter;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code GET /system/df}: measuring walks files, hence a virtual thread. */
@Path("/system/df")
public class DiskUsageResource {

    private final DiskUsageQuery diskUsage;
    private final Clock clock;

    @Inject
    public DiskUsageResource(DiskUsageQuery diskUsage, Clock clock) {
        this.diskUsage = diskUsage;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    public DiskUsageJson report(@RestQuery("type") List<String> types) {
        return DiskUsageJson.from(diskUsage.report(kinds(types)), clock.instant());
    }

    /** No {@code type} means every kind (API 1.42's {@code type=container|image|volume|build-cache}). */
    static Set<DiskUsage.Kind> kinds(List<String> types) {
        if (types == null || types.isEmpty()) {
            return EnumSet.allOf(DiskUsage.Kind.class);
        }
        Set<DiskUsage.Kind> kinds = EnumSet.noneOf(DiskUsage.Kind.class);
        for (String type : types) {
            switch (type) {
                case "container" -> kinds.add(DiskUsage.Kind.CONTAINERS);
                case "image" -> kinds.add(DiskUsage.Kind.IMAGES);
                case "volume" -> kinds.add(DiskUsage.Kind.VOLUMES);
                case "build-cache" -> { } // no build cache apart from images
                default -> throw new InvalidParameter("invalid type: " + type);
            }
        }
        return kinds;
    }
}
