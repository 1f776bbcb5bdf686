package dev.berth.domain.image;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestTest {

    @Test
    void sha256OfKnownInput() {
        // sha256("abc"), FIPS 180-2 test vector
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Digest.of("abc".getBytes(StandardCharsets.US_ASCII)).toString());
    }

    @Test
    void parseRoundTripsAndShortensToTwelve() {
        Digest digest = Digest.parse("sha256:" + "0123456789ab".repeat(5) + "cdef");
        assertEquals("sha256:" + "0123456789ab".repeat(5) + "cdef", digest.toString());
        assertEquals("0123456789ab", digest.shortHex());
    }

    @Test
    void rejectsOtherAlgorithmsAndBadHex() {
        assertThrows(InvalidParameter.class, () -> Digest.parse("md5:abc"));
        assertThrows(InvalidParameter.class, () -> Digest.parse("sha256:" + "A".repeat(64)));
        assertThrows(InvalidParameter.class, () -> new Digest("abc"));
        assertFalse(Digest.isDigest("sha256:abc"));
        assertTrue(Digest.isDigest("sha256:" + "0".repeat(64)));
    }
}
