package dev.berth.plugins.sdk.protocol;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    @Test
    void readsWhatAPluginAnswers() {
        Map<String, Object> body = Json.parseObject("""
                {"Volume": {"Name": "v1", "Mountpoint": "/data/v1", "Status": {}},
                 "Volumes": [{"Name": "a"}, {"Name": "b\\u00e9\\n"}], "Err": null, "Size": 12, "Ratio": 0.5,
                 "Ok": true}""");

        assertEquals(Map.of("Name", "v1", "Mountpoint", "/data/v1", "Status", Map.of()), body.get("Volume"));
        assertEquals(List.of(Map.of("Name", "a"), Map.of("Name", "bé\n")), body.get("Volumes"));
        assertEquals("", Json.text(body.get("Err")));
        assertEquals(12L, body.get("Size"));
        assertEquals(0.5, body.get("Ratio"));
        assertEquals(true, body.get("Ok"));
    }

    @Test
    void writesWhatParsesBack() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("Name", "quote\" back\\slash\ttab");
        value.put("Implements", List.of("VolumeDriver", "authz"));
        value.put("Nothing", null);

        String json = Json.write(value);

        assertEquals("{\"Name\":\"quote\\\" back\\\\slash\\ttab\",\"Implements\":[\"VolumeDriver\",\"authz\"],"
                + "\"Nothing\":null}", json);
        assertEquals(value, Json.parseObject(json));
    }

    @Test
    void anEmptyBodyIsAnEmptyObject() {
        assertEquals(Map.of(), Json.parseObject(""));
    }

    @Test
    void garbageIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Json.parseObject("<html>404</html>"));
        assertThrows(IllegalArgumentException.class, () -> Json.parseObject("{\"a\": 1} trailing"));
        assertThrows(IllegalArgumentException.class, () -> Json.parseObject("{\"a\": \"unterminated"));
        assertThrows(IllegalArgumentException.class, () -> Json.parseObject("[1, 2]"));
    }
}
