package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogConfigTest {

    @Test
    void noTypeIsBerthsOwnJsonFileLog() {
        assertEquals(LogConfig.DEFAULT, new LogConfig("", null));
        assertTrue(new LogConfig(null, Map.of()).builtIn());
        assertEquals(LogConfig.DEFAULT, new HostConfig(false, null, null, null, null, false, false).logConfig());
    }

    @Test
    void jsonFileRefusesTheOptionsDockerdsJsonFileRefuses() {
        var rotated = new LogConfig("json-file", Map.of("max-size", "10m", "max-file", "3", "tag", "{{.Name}}"));
        assertSame(rotated, rotated.validated());
        var unknown = assertThrows(InvalidParameter.class,
                () -> new LogConfig("json-file", Map.of("max-size", "1m", "colour", "red")).validated());
        assertEquals("unknown log opt 'colour' for json-file log driver", unknown.getMessage());
    }

    @Test
    void anotherTypeIsAPluginWhoseOptionsArePassedOnAsGiven() {
        var plugin = new LogConfig("sample-log", Map.of("anything", "goes"));
        assertFalse(plugin.builtIn());
        assertEquals(Map.of("anything", "goes"), plugin.validated().options());
    }
}
