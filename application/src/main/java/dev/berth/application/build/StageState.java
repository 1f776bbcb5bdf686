package dev.berth.application.build;

import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a stage stands between steps: its current image (none on {@code scratch} before a step), the container
 * defaults the next image gets (with its SHELL), the ARGs it declared and whether it set CMD itself.
 */
final class StageState {

    static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

    private Optional<Image> image = Optional.empty();
    ContainerDefaults config = ContainerDefaults.EMPTY;
    final Map<String, String> args = new LinkedHashMap<>();
    boolean cmdSet;

    void moveTo(Image next) {
        image = Optional.of(next);
        config = next.config().config();
    }

    /** The SHELL of shell forms: the image's, else {@code /bin/sh -c}. */
    List<String> shell() {
        return config.build().shell().isEmpty() ? DEFAULT_SHELL : config.build().shell();
    }

    Optional<ImageId> imageId() {
        return image.map(Image::id);
    }

    Optional<ImageConfig> imageConfig() {
        return image.map(Image::config);
    }

    Optional<Image> image() {
        return image;
    }

    /** An ENV of the stage, else an ARG with a value: what {@code $NAME} expands to (null when unset). */
    String lookup(String name) {
        for (String entry : config.env()) {
            if (entry.startsWith(name + "=")) {
                return entry.substring(name.length() + 1);
            }
        }
        return args.get(name);
    }

    /** The ARGs with a value that no ENV overrides, as {@code NAME=value}: the build-time environment of RUN. */
    List<String> argEnvironment(Map<String, String> predefined) {
        Map<String, String> values = new LinkedHashMap<>();
        args.forEach((name, value) -> {
            if (value != null) {
                values.put(name, value);
            }
        });
        predefined.forEach(values::putIfAbsent);
        return values.entrySet().stream()
                .filter(e -> config.env().stream().noneMatch(env -> env.startsWith(e.getKey() + "=")))
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
    }
}
