package dev.berth.drivers.storage.common;

import dev.berth.domain.storage.Mount;

import java.nio.file.Path;
import java.util.List;

/** A snapshot seen through a recursive bind of its directory, as runc takes it. */
public final class BindMount {

    private BindMount() {
    }

    public static Mount of(Path directory, boolean writable) {
        return new Mount("bind", directory.toString(), List.of("rbind", writable ? "rw" : "ro"));
    }
}
