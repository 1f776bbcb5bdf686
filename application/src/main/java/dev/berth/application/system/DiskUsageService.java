package dev.berth.application.system;

import dev.berth.application.container.ContainerService;
import dev.berth.application.image.ImageListFilter;
import dev.berth.application.image.ImageService;
import dev.berth.application.image.ImageSpace;
import dev.berth.application.volume.VolumeFilter;
import dev.berth.application.volume.VolumeService;
import dev.berth.domain.container.Container;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageId;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code docker system df}. Measuring walks files (writable layers, volume data), so only the kinds asked for are
 * measured, as dockerd does for {@code type=}.
 */
public final class DiskUsageService implements DiskUsageQuery {

    private final ContainerService containers;
    private final ImageService images;
    private final VolumeService volumes;

    public DiskUsageService(ContainerService containers, ImageService images, VolumeService volumes) {
        this.containers = containers;
        this.images = images;
        this.volumes = volumes;
    }

    @Override
    public DiskUsage report(Set<DiskUsage.Kind> kinds) {
        List<Container> all = containers.all();
        Map<ImageId, Image> imagesById = images.list(ImageListFilter.NONE).stream()
                .collect(Collectors.toMap(Image::id, Function.identity(), (a, b) -> a));
        ImageSpace space = kinds.contains(DiskUsage.Kind.IMAGES) ? images.space() : new ImageSpace(0, Map.of());
        List<DiskUsage.ImageUsage> imageUsage = !kinds.contains(DiskUsage.Kind.IMAGES) ? List.of()
                : imagesById.values().stream()
                .map(image -> new DiskUsage.ImageUsage(image, space.sharedSize(image.id()),
                        (int) all.stream().filter(c -> c.image().equals(image.id())).count()))
                .toList();
        List<DiskUsage.ContainerUsage> containerUsage = !kinds.contains(DiskUsage.Kind.CONTAINERS) ? List.of()
                : all.stream().map(c -> {
                    long sizeRw = containers.writableLayerSize(c.id());
                    Image image = imagesById.get(c.image());
                    return new DiskUsage.ContainerUsage(c, sizeRw, sizeRw + (image == null ? 0 : image.size()));
                }).toList();
        List<DiskUsage.MeasuredVolume> volumeUsage = !kinds.contains(DiskUsage.Kind.VOLUMES) ? List.of()
                : volumes.list(VolumeFilter.NONE).stream()
                .map(v -> new DiskUsage.MeasuredVolume(v, volumes.usage(v)))
                .toList();
        return new DiskUsage(space.layersSize(), imageUsage, containerUsage, volumeUsage);
    }
}
