package dev.berth.domain.volume;

import dev.berth.domain.error.InvalidParameter;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A volume's name, with dockerd's rule for local names; anonymous volumes get 64 random hex digits. */
public record VolumeName(String value) {

    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    public VolumeName {
        if (value == null || value.length() < 2) {
            throw new InvalidParameter("volume name is too short, names should be at least two alphanumeric characters");
        }
        if (!VALID.matcher(value).matches()) {
            throw new InvalidParameter("\"" + value + "\" includes invalid characters for a local volume name, only "
                    + "\"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use "
                    + "absolute path");
        }
    }

    public static VolumeName random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new VolumeName(HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
