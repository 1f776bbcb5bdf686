package dev.berth.domain.image;

import dev.berth.domain.error.InvalidParameter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A content digest such as {@code sha256:0123…}; only sha256 is accepted, as dockerd does for local content. */
public record Digest(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    public static final String ALGORITHM = "sha256";

    public Digest {
        if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
            throw new InvalidParameter("invalid digest: " + hex);
        }
    }

    /** Parses {@code sha256:<64 hex>}. */
    public static Digest parse(String text) {
        if (text == null || !text.startsWith(ALGORITHM + ":")) {
            throw new InvalidParameter("invalid digest: " + text);
        }
        return new Digest(text.substring(ALGORITHM.length() + 1));
    }

    public static boolean isDigest(String text) {
        return text != null && text.startsWith(ALGORITHM + ":") && SHA256_HEX.matcher(text.substring(7)).matches();
    }

    public static Digest of(byte[] content) {
        return new Digest(HexFormat.of().formatHex(newSha256().digest(content)));
    }

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The first 12 hex digits, as {@code docker images} shows IDs. */
    public String shortHex() {
        return hex.substring(0, 12);
    }

    @Override
    public String toString() {
        return ALGORITHM + ":" + hex;
    }
}
