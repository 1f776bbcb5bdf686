package dev.berth.application.build;

import dev.berth.application.container.ContainerLifecycle;
import dev.berth.application.container.ContainerOutput;
import dev.berth.application.image.ImageCommands;
import dev.berth.application.image.ImageCommit;
import dev.berth.application.image.ImagePull;
import dev.berth.application.image.ImageQueries;
import dev.berth.domain.build.BuildFiles;
import dev.berth.domain.storage.ContentStore;

/** What a build drives: its files, and the same image and container use cases and content store as the API. */
public record BuildPorts(BuildFiles files, ImageQueries images, ImageCommands imageCommands, ImageCommit commits,
                         ImagePull pulls, ContainerLifecycle containers, ContainerOutput outputs,
                         ContentStore content) {
}
