package dev.berth.drivers.storage.common;

/**
 * Overlayfs keeps its own metadata (opaque, redirect, origin) in {@code trusted.overlay.*} attributes: a layer tar
 * must not forge it, and a copy must not carry it to a place where it means something else.
 */
public final class ReservedXattrs {

    private static final String OVERLAY_PREFIX = "trusted.overlay.";

    private ReservedXattrs() {
    }

    public static boolean isReserved(String name) {
        return name.startsWith(OVERLAY_PREFIX);
    }
}
