package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

import java.util.Arrays;

/**
 * The key sequence that detaches a client from a TTY container ({@code --detach-keys}, the {@code detachKeys}
 * parameter): comma-separated keys, each a single character, {@code ctrl-@}..{@code ctrl-_} or {@code DEL}, as
 * moby/term's ToBytes reads them. The default is ctrl-p,ctrl-q.
 */
public final class DetachKeys {

    public static final DetachKeys DEFAULT = new DetachKeys(new byte[] {16, 17});
    /** ctrl-@ is 0, ctrl-a 1 ... ctrl-z 26, then ctrl-[ ctrl-\ ctrl-] ctrl-^ ctrl-_ (27 to 31). */
    private static final String CONTROL_KEYS = "@abcdefghijklmnopqrstuvwxyz[\\]^_";
    private static final byte DEL = 127;

    private final byte[] sequence;

    private DetachKeys(byte[] sequence) {
        this.sequence = sequence;
    }

    /** The keys of {@code spec}; an empty or absent spec is the default. InvalidParameter for an unknown key. */
    public static DetachKeys parse(String spec) {
        if (spec == null || spec.isEmpty()) {
            return DEFAULT;
        }
        String[] keys = spec.split(",", -1);
        byte[] codes = new byte[keys.length];
        for (int i = 0; i < keys.length; i++) {
            codes[i] = code(keys[i], spec);
        }
        return new DetachKeys(codes);
    }

    private static byte code(String key, String spec) {
        if (key.length() == 1 && key.charAt(0) < 0x80) { // Go counts bytes: a wider character is no key
            return (byte) key.charAt(0);
        }
        if (key.equals("DEL")) {
            return DEL;
        }
        int control = key.length() == 6 && key.startsWith("ctrl-") ? CONTROL_KEYS.indexOf(key.charAt(5)) : -1;
        if (control < 0) {
            throw new InvalidParameter("Invalid detach keys (" + spec + ") provided");
        }
        return (byte) control;
    }

    /** The bytes a client types to detach. */
    public byte[] sequence() {
        return sequence.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DetachKeys keys && Arrays.equals(sequence, keys.sequence);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sequence);
    }

    @Override
    public String toString() {
        return Arrays.toString(sequence);
    }
}
