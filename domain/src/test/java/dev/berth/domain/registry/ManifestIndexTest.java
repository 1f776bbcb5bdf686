package dev.berth.domain.registry;

import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.Digest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ManifestIndexTest {

    private static final Platform AMD64 = new Platform("linux", "amd64", "");
    private static final Platform ARM64 = Platform.ofJvm("Linux", "aarch64");

    private static ManifestIndex.Entry entry(char hex, Platform platform) {
        return new ManifestIndex.Entry(new Descriptor(ImageManifest.OCI, new Digest(String.valueOf(hex).repeat(64)),
                10), platform);
    }

    private static ManifestIndex index(ManifestIndex.Entry... entries) {
        return new ManifestIndex(new Digest("f".repeat(64)), ManifestIndex.OCI_INDEX, List.of(entries));
    }

    @Test
    void selectsTheEntryOfThisHostsOsAndArchitecture() {
        var index = index(entry('a', new Platform("linux", "arm", "v7")), entry('b', ARM64),
                entry('c', new Platform("windows", "amd64", "")), entry('d', AMD64), entry('e', null));
        assertEquals(new Digest("d".repeat(64)), index.select(AMD64).digest());
        assertEquals(new Digest("b".repeat(64)), index.select(ARM64).digest());
    }

    @Test
    void prefersTheExactVariantButTakesAnEntryWithoutOne() {
        var arm = new Platform("linux", "arm", "v7");
        var index = index(entry('a', new Platform("linux", "arm", "")), entry('b', arm));
        assertEquals(new Digest("b".repeat(64)), index.select(arm).digest());
        assertEquals(new Digest("a".repeat(64)), index(entry('a', new Platform("linux", "arm", ""))).select(arm)
                .digest());
    }

    @Test
    void noEntryForThisPlatformIsNotFoundInDockerdsWords() {
        var failure = assertThrows(NotFound.class, () -> index(entry('a', ARM64)).select(AMD64));
        assertEquals("no matching manifest for linux/amd64 in the manifest list entries", failure.getMessage());
    }

    @Test
    void jvmNamesBecomeOciNames() {
        assertEquals(AMD64, Platform.ofJvm("Linux", "amd64"));
        assertEquals(new Platform("linux", "arm64", "v8"), ARM64);
    }

    @Test
    void credentialsNeverPrintTheirSecrets() {
        String shown = new RegistryCredentials("u", "s3cret", "idtok", "regtok").toString();
        assertEquals(false, shown.contains("s3cret") || shown.contains("idtok") || shown.contains("regtok"), shown);
    }
}
