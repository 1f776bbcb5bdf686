package dev.berth.application.system;

import dev.berth.application.volume.VolumeUsage;
import dev.berth.domain.container.Container;
import dev.berth.domain.image.Image;
import dev.berth.domain.volume.Volume;

import java.util.List;

/** {@code docker system df}: what images, containers and volumes take on disk, only for the kinds asked. */
public record DiskUsage(long layersSize, List<ImageUsage> images, List<ContainerUsage> containers,
                        List<MeasuredVolume> volumes) {

    /** The kinds of objects a report may cover ({@code type=} of the API). */
    public enum Kind { IMAGES, CONTAINERS, VOLUMES }

    /** An image, the part of it other images share, and how many containers use it. */
    public record ImageUsage(Image image, long sharedSize, int containers) {
    }

    /** A container, its changes ({@code SizeRw}) and those plus its image ({@code SizeRootFs}). */
    public record ContainerUsage(Container container, long sizeRw, long sizeRootFs) {
    }

    /** A volume with its size and users, as the volume service measures them. */
    public record MeasuredVolume(Volume volume, VolumeUsage usage) {
    }

    public DiskUsage {
        images = List.copyOf(images);
        containers = List.copyOf(containers);
        volumes = List.copyOf(volumes);
    }
}
