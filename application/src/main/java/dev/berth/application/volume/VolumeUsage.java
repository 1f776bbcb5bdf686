package dev.berth.application.volume;

/** A volume's {@code UsageData}: the bytes it takes ({@link #UNKNOWN} when its driver cannot tell) and its users. */
public record VolumeUsage(long size, int refCount) {

    public static final long UNKNOWN = -1;
}
