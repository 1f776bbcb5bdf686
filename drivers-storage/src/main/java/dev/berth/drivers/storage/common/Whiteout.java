package dev.berth.drivers.storage.common;

import java.util.Optional;

/**
 * The {@code .wh.} naming of layer tars (OCI image spec, "Whiteouts"): {@code dir/.wh.name} deletes {@code dir/name}
 * from the layers below, {@code dir/.wh..wh..opq} hides everything below in {@code dir}; other {@code .wh..wh.}
 * names are AUFS bookkeeping and carry nothing.
 */
public sealed interface Whiteout {

    String PREFIX = ".wh.";
    String OPAQUE = ".wh..wh..opq";
    String META_PREFIX = ".wh..wh.";

    /** {@code path} (relative to the layer root) is deleted. */
    record Removal(String path) implements Whiteout {
    }

    /** {@code directory} (relative, "" for the root) keeps only what this layer puts in it. */
    record Opaque(String directory) implements Whiteout {
    }

    /** An AUFS metadata entry (e.g. {@code .wh..wh.plnk} and what it holds), ignored. */
    record Metadata(String path) implements Whiteout {
    }

    /** Reads a normalised entry name ({@code a/b/c}, no leading {@code ./}); empty when it is an ordinary entry. */
    static Optional<Whiteout> parse(String name) {
        int slash = name.lastIndexOf('/');
        String directory = slash < 0 ? "" : name.substring(0, slash);
        String base = name.substring(slash + 1);
        if (base.equals(OPAQUE)) {
            return Optional.of(new Opaque(directory));
        }
        if (base.startsWith(META_PREFIX) || name.startsWith(META_PREFIX)) {
            return Optional.of(new Metadata(name));
        }
        if (base.startsWith(PREFIX) && base.length() > PREFIX.length()) {
            String victim = base.substring(PREFIX.length());
            return Optional.of(new Removal(directory.isEmpty() ? victim : directory + "/" + victim));
        }
        return Optional.empty();
    }

    /** The tar name that deletes {@code path} (relative) in a layer. */
    static String removalOf(String path) {
        int slash = path.lastIndexOf('/');
        return path.substring(0, slash + 1) + PREFIX + path.substring(slash + 1);
    }

    /** The tar name that marks {@code directory} (relative, "" for the root) opaque. */
    static String opaqueOf(String directory) {
        return directory.isEmpty() ? OPAQUE : directory + "/" + OPAQUE;
    }
}
