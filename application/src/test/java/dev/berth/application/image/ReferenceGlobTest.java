package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.image.ImageReference;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceGlobTest {

    @Test
    void matchesTheFamiliarReferenceOrRepository() {
        assertTrue(matches("busybox", "busybox:latest"));
        assertTrue(matches("busybox:latest", "busybox"));
        assertTrue(matches("busy*", "busybox:1"));
        assertFalse(matches("busybox:2", "busybox:1"));
        assertTrue(matches("localhost:5000/a/b", "localhost:5000/a/b:t"));
    }

    @Test
    void starAndQuestionMarkStopAtSlashes() {
        assertTrue(matches("p-f/*", "p-f/a:1"));
        assertFalse(matches("*", "p-f/a:1"));
        assertFalse(matches("p?a", "p/a:1"));
        assertTrue(matches("p-?/a", "p-f/a:1"));
    }

    @Test
    void classesAndEscapes() {
        assertTrue(matches("app:[0-9]", "app:7"));
        assertFalse(matches("app:[^0-9]", "app:7"));
        assertTrue(matches("app\\:1", "app:1"));
        assertTrue(matches("a.p", "a.p:1"));
        assertFalse(matches("a.p", "axp:1"));
    }

    @Test
    void unterminatedClassIsInvalid() {
        assertThrows(InvalidParameter.class, () -> ReferenceGlob.compile("app:[0-9"));
    }

    private static boolean matches(String glob, String reference) {
        return ReferenceGlob.compile(glob).matches(ImageReference.parse(reference));
    }
}
