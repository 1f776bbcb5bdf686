package dev.berth.application.image;

import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.ImageReference;

import java.util.List;

/**
 * What {@code docker import} asks for: Dockerfile-style {@code changes} ({@code CMD ["sh"]}, {@code ENV A=1}),
 * a commit {@code message} (empty: dockerd's {@code Imported from <source>}), the {@code source} named (a URL or
 * {@code -} for the request body) and the reference to tag the image with (null: untagged).
 */
public record ImportRequest(List<String> changes, String message, String source, ImageReference tag) {

    public ImportRequest {
        changes = List.copyOf(changes);
    }

    String comment() {
        return message == null || message.isEmpty() ? "Imported from " + source : message;
    }

    ContainerDefaults config() {
        return ConfigChanges.apply(ContainerDefaults.EMPTY, changes);
    }
}
