package dev.berth.domain.storage;

import java.util.List;

/** A mount to perform, as mount(8) takes it: {@code overlay} with lowerdir/upperdir/workdir options, or a bind. */
public record Mount(String type, String source, List<String> options) {

    public Mount {
        options = List.copyOf(options);
    }
}
