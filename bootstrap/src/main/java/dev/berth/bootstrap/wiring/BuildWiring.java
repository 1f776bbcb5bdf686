package dev.berth.bootstrap.wiring;

import dev.berth.application.build.BuildPorts;
import dev.berth.application.build.BuildService;
import dev.berth.application.build.ImageBuild;
import dev.berth.application.container.ContainerService;
import dev.berth.application.image.ImagePull;
import dev.berth.application.image.ImageService;
import dev.berth.bootstrap.config.BerthConfig;
import dev.berth.domain.storage.ContentStore;
import dev.berth.drivers.storage.build.LocalBuildFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The classic builder over the image and container use cases; its scratch files live under the data root. */
@ApplicationScoped
public class BuildWiring {

    @Produces
    @Singleton
    ImageBuild imageBuild(BerthConfig config, ImageService images, ImagePull pulls, ContainerService containers,
                          ContentStore content) {
        var files = new LocalBuildFiles(config.dataRoot().resolve("tmp").resolve("build"));
        files.removeLeftovers();
        return new BuildService(new BuildPorts(files, images, images, images, pulls, containers, containers,
                content));
    }
}
