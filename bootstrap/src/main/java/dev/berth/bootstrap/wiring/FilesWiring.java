package dev.berth.bootstrap.wiring;

import dev.berth.adapters.runc.RuncRootfs;
import dev.berth.application.container.ContainerDiffService;
import dev.berth.application.container.ContainerFilesService;
import dev.berth.application.container.ContainerService;
import dev.berth.application.event.EventBus;
import dev.berth.bootstrap.config.BerthConfig;
import dev.berth.domain.storage.Snapshotter;
import dev.berth.drivers.storage.files.TreeFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The container file use cases (cp, export, diff): the runtime's rootfs access and the tree reader of storage. */
@ApplicationScoped
public class FilesWiring {

    @Produces
    @Singleton
    ContainerFilesService containerFiles(ContainerService containers, Snapshotter snapshotter, BerthConfig config,
                                         EventBus events) {
        return new ContainerFilesService(containers, snapshotter, new RuncRootfs(config.execRoot()), new TreeFiles(),
                events);
    }

    @Produces
    @Singleton
    ContainerDiffService containerDiff(ContainerService containers, Snapshotter snapshotter) {
        return new ContainerDiffService(containers, snapshotter);
    }
}
