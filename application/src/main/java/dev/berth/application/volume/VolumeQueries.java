package dev.berth.application.volume;

import dev.berth.domain.volume.Volume;

import java.util.List;

/** Reading volumes: {@code docker volume inspect} and {@code ls}. */
public interface VolumeQueries {

    /** NotFound {@code get NAME: no such volume}. */
    Volume inspect(String name);

    List<Volume> list(VolumeFilter filter);
}
