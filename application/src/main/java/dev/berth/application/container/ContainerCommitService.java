package dev.berth.application.container;

import dev.berth.application.image.CommitRequest;
import dev.berth.application.image.ConfigChanges;
import dev.berth.application.image.ImageCommands;
import dev.berth.application.image.ImageCommit;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerStatus;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.ImageId;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * As dockerd's commit: the container's writable layer on top of its image, its config (with the {@code --change}
 * instructions) as the image's, the comment and author in the history, the container paused meanwhile unless told
 * otherwise, and a {@code commit} event.
 */
public final class ContainerCommitService implements ContainerCommit {

    private final ContainerInspection containers;
    private final ContainerLifecycle lifecycle;
    private final ImageCommit images;
    private final ImageCommands tags;
    private final ContainerEvents events;

    public ContainerCommitService(ContainerInspection containers, ContainerLifecycle lifecycle, ImageCommit images,
                                  ImageCommands tags, ContainerEvents events) {
        this.containers = containers;
        this.lifecycle = lifecycle;
        this.images = images;
        this.tags = tags;
        this.events = events;
    }

    @Override
    public ImageId commit(Request request) {
        Container container = containers.find(request.container());
        ContainerDefaults config = ConfigChanges.apply(defaults(container.config()), request.changes());
        boolean pause = request.pause() && container.state().status() == ContainerStatus.RUNNING;
        if (pause) {
            lifecycle.pause(container.id().value());
        }
        ImageId id;
        try {
            id = images.commit(new CommitRequest(Optional.of(container.image()),
                    Optional.of(new CommitRequest.SnapshotChanges(ContainerLayer.of(container.id()))), config, "",
                    request.author(), request.comment()));
        } finally {
            if (pause) {
                lifecycle.unpause(container.id().value());
            }
        }
        String reference = "";
        if (request.repo() != null && !request.repo().isEmpty()) {
            String tag = request.tag() == null || request.tag().isEmpty() ? "latest" : request.tag();
            tags.tag(id.toString(), request.repo(), tag);
            reference = request.repo() + ":" + tag;
        }
        events.publish(container, "commit", Map.of("comment", request.comment() == null ? "" : request.comment(),
                "imageID", id.toString(), "imageRef", reference));
        return id;
    }

    /** The container's effective config (the image's merged in at create) is what the new image defaults to. */
    private static ContainerDefaults defaults(ContainerConfig c) {
        return new ContainerDefaults(c.user(), c.env(), c.entrypoint(), c.cmd(), c.workingDir(), c.labels(),
                c.exposedPorts(), Set.of(), c.stopSignal(), dev.berth.domain.image.BuildSettings.NONE,
                c.healthcheck());
    }
}
