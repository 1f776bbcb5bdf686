package dev.berth.domain.image;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImageReferenceTest {

    private static final String HEX = "a".repeat(64);

    @Test
    void officialImageGetsDefaultDomainLibraryAndLatest() {
        ImageReference ref = ImageReference.parse("busybox");
        assertEquals("docker.io", ref.domain());
        assertEquals("library/busybox", ref.path());
        assertEquals("latest", ref.tag());
        assertEquals("docker.io/library/busybox:latest", ref.toString());
        assertEquals("busybox:latest", ref.familiar());
        assertEquals("busybox", ref.familiarRepository());
    }

    @Test
    void userRepositoryStaysOnDockerHubWithoutLibrary() {
        ImageReference ref = ImageReference.parse("cli-x/y:v1");
        assertEquals("docker.io/cli-x/y:v1", ref.toString());
        assertEquals("cli-x/y:v1", ref.familiar());
    }

    @Test
    void registryWithPortTagAndDigest() {
        ImageReference ref = ImageReference.parse("localhost:5000/a/b:t@sha256:" + HEX);
        assertEquals("localhost:5000", ref.domain());
        assertEquals("a/b", ref.path());
        assertEquals("t", ref.tag());
        assertEquals(new Digest(HEX), ref.digest());
        assertEquals("localhost:5000/a/b:t@sha256:" + HEX, ref.familiar());
    }

    @Test
    void digestOnlyReferenceHasNoDefaultTag() {
        ImageReference ref = ImageReference.parse("busybox@sha256:" + HEX);
        assertNull(ref.tag());
        assertEquals("busybox@sha256:" + HEX, ref.familiar());
    }

    @Test
    void repositoryParseKeepsTheTagAbsent() {
        assertNull(ImageReference.parseRepository("busybox").tag());
    }

    @Test
    void equalReferencesAreEqualValues() {
        assertEquals(ImageReference.parse("busybox"), ImageReference.parse("docker.io/library/busybox:latest"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a//b", "busybox:", "busybox:-bad", "-lead", "busybox@sha256:abc", "a b"})
    void invalidReferencesAreInvalidParameters(String text) {
        InvalidParameter e = assertThrows(InvalidParameter.class, () -> ImageReference.parse(text));
        assertEquals("invalid reference format: " + text, e.getMessage());
    }

    @Test
    void anUpperCaseRepositoryIsNamedInTheErrorAsDockerdDoes() {
        InvalidParameter e = assertThrows(InvalidParameter.class, () -> ImageReference.parse("UPPER"));
        assertEquals("invalid reference format: repository name (library/UPPER) must be lowercase", e.getMessage());
        assertEquals("UPPER", ImageReference.parse("UPPER/case").domain(), "an upper-case first component is a host");
    }
}
