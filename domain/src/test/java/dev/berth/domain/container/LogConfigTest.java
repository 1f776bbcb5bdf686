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

    @Test
    void maxSizeAndMaxFileGiveTheRotationInDockerdsUnits() {
        assertEquals(new LogRotation(10L << 20, 3),
                new LogConfig("json-file", Map.of("max-size", "10m", "max-file", "3")).rotation().orElseThrow());
        assertEquals(new LogRotation(1536, 1),
                new LogConfig("json-file", Map.of("max-size", "1.5KiB")).rotation().orElseThrow());
        assertEquals(new LogRotation(100, 1), new LogConfig(null, Map.of("max-size", "100")).rotation().orElseThrow());
        assertTrue(new LogConfig(null, Map.of("max-file", "5")).rotation().isEmpty(), "no max-size: no rotation");
        assertTrue(new LogConfig(null, Map.of("max-size", "-1")).rotation().isEmpty(), "-1: no limit");
        assertTrue(LogConfig.DEFAULT.rotation().isEmpty());
        assertEquals(LogRotation.PLUGIN_CACHE, new LogConfig("sample-log", Map.of()).rotation().orElseThrow(),
                "Berth's own copy of a plugin's log is bounded as dockerd's cache");
    }

    @Test
    void badRotationValuesAreRefused() {
        assertEquals("invalid size: '10 parsecs'", assertThrows(InvalidParameter.class,
                () -> new LogConfig(null, Map.of("max-size", "10 parsecs")).validated()).getMessage());
        assertEquals("max-file cannot be less than 1", assertThrows(InvalidParameter.class,
                () -> new LogConfig(null, Map.of("max-size", "1m", "max-file", "0")).validated()).getMessage());
        assertEquals("invalid value for max-file: 'many'", assertThrows(InvalidParameter.class,
                () -> new LogConfig(null, Map.of("max-size", "1m", "max-file", "many")).validated()).getMessage());
    }
}
