package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContainerNameTest {

    @Test
    void acceptsTheApiFormWithALeadingSlash() {
        assertEquals("web-1", ContainerName.parse("/web-1").value());
        assertEquals("a.b_c", ContainerName.parse("a.b_c").value());
    }

    @Test
    void refusesNamesDockerdRefuses() {
        assertThrows(InvalidParameter.class, () -> ContainerName.parse("-web"));
        assertThrows(InvalidParameter.class, () -> ContainerName.parse("a"));
        assertThrows(InvalidParameter.class, () -> ContainerName.parse("has space"));
    }
}
