package dev.berth.application.build;

import dev.berth.domain.image.ImageId;

/** Where a build reports: the text stream the CLI prints and the built image's ID. */
public interface BuildOutput {

    void stream(String text);

    void aux(ImageId id);
}
