package dev.berth.bootstrap.wiring;

import dev.berth.application.container.ContainerInspection;
import dev.berth.application.container.ContainerService;
import dev.berth.application.image.ImageService;
import dev.berth.application.system.DiskUsageQuery;
import dev.berth.application.system.DiskUsageService;
import dev.berth.application.volume.VolumeService;
import dev.berth.application.system.DaemonSettings;
import dev.berth.application.system.ImageCounter;
import dev.berth.application.system.SystemService;
import dev.berth.bootstrap.config.BerthConfig;
import dev.berth.bootstrap.system.HostProbe;
import io.quarkus.vertx.http.DomainSocketServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/** Daemon-wide settings, and the API socket's permissions. */
@ApplicationScoped
public class SystemWiring {

    private static final Logger LOG = Logger.getLogger(SystemWiring.class);

    @Produces
    @Singleton
    DaemonSettings settings(BerthConfig config,
                            @ConfigProperty(name = "quarkus.application.version") String version) {
        return new DaemonSettings(version, "berth", hostname(), config.dataRoot(), config.execRoot(),
                config.storage().driver(), config.runtime().name(), config.debug(),
                HostProbe.probe(config.dataRoot(), RuntimeWiring.runtimeBinary(config), config.runtime().init()),
                config.registry().insecure().orElse(List.of()));
    }

    @Produces
    @Singleton
    SystemService systemService(DaemonSettings settings, ContainerInspection containers, ImageCounter images) {
        return new SystemService(settings, containers, images);
    }

    @Produces
    @Singleton
    DiskUsageQuery diskUsage(ContainerService containers, ImageService images, VolumeService volumes) {
        return new DiskUsageService(containers, images, volumes);
    }

    /**
     * Quarkus creates the socket for root only; dockerd's is 0660 with group {@code docker}, so that members of
     * that group can use it.
     */
    void openSocket(@Observes DomainSocketServerStart listening,
                    @ConfigProperty(name = "quarkus.http.domain-socket") Optional<Path> socket) {
        if (socket.isEmpty()) {
            return;
        }
        try {
            Files.setPosixFilePermissions(socket.get(), PosixFilePermissions.fromString("rw-rw----"));
            GroupPrincipal docker = socket.get().getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByGroupName("docker");
            Files.getFileAttributeView(socket.get(), PosixFileAttributeView.class).setGroup(docker);
        } catch (java.nio.file.attribute.UserPrincipalNotFoundException noDockerGroup) {
            LOG.debug("no docker group: the API socket stays root's only");
        } catch (IOException e) {
            LOG.warn("could not set the permissions of " + socket.get() + ": " + e.getMessage());
        }
        LOG.info("API listening on unix://" + socket.get());
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
