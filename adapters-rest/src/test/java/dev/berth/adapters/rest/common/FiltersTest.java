package dev.berth.adapters.rest.common;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FiltersTest {

    @Test
    void readsBothTheMapAndTheListForms() {
        assertEquals(Map.of("label", List.of("a=b"), "name", List.of("web")),
                Filters.parse("{\"label\":{\"a=b\":true},\"name\":[\"web\"]}").asMap());
        assertEquals(Map.of(), Filters.parse(null).asMap());
        assertEquals(List.of(), Filters.parse("{\"status\":{\"exited\":false}}").get("status"));
    }

    @Test
    void malformedFiltersAreABadParameter() {
        assertThrows(InvalidParameter.class, () -> Filters.parse("{not json"));
        assertThrows(InvalidParameter.class, () -> Filters.parse("[1]"));
        assertThrows(InvalidParameter.class, () -> Filters.parse("{\"label\":3}"));
    }
}
