package dev.berth.adapters.rest.common;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiltersTest {

    @Test
    void readsTheMapFormOfCurrentClients() {
        Filters filters = Filters.parse("{\"reference\":{\"a/*\":true,\"b\":true},\"dangling\":{\"true\":true}}");
        assertEquals(List.of("a/*", "b"), filters.get("reference"));
        assertEquals(Optional.of(true), filters.bool("dangling"));
        assertTrue(filters.contains("reference"));
        assertFalse(filters.contains("label"));
    }

    @Test
    void readsTheListFormOfOldClients() {
        assertEquals(List.of("k=v"), Filters.parse("{\"label\":[\"k=v\"]}").get("label"));
    }

    @Test
    void givesTheWholeSelectionToUseCasesThatTakeIt() {
        assertEquals(java.util.Map.of("label", List.of("a=b"), "name", List.of("web")),
                Filters.parse("{\"label\":{\"a=b\":true},\"name\":[\"web\"]}").asMap());
    }

    @Test
    void absentOrEmptyMeansNoFilter() {
        assertEquals(List.of(), Filters.parse(null).get("label"));
        assertEquals(List.of(), Filters.parse("").get("label"));
        assertEquals(Optional.empty(), Filters.parse("{}").bool("dangling"));
    }

    @Test
    void unknownFilterAndBadValuesAreInvalidParameters() {
        Filters filters = Filters.parse("{\"colour\":{\"red\":true}}");
        assertEquals("invalid filter 'colour'",
                assertThrows(InvalidParameter.class, () -> filters.accept(Set.of("label"))).getMessage());
        assertThrows(InvalidParameter.class, () -> Filters.parse("{not json"));
        assertThrows(InvalidParameter.class, () -> Filters.parse("[1]"));
        assertThrows(InvalidParameter.class, () -> Filters.parse("{\"dangling\":[\"maybe\"]}").bool("dangling"));
        assertThrows(InvalidParameter.class, () -> Filters.parse("{\"before\":[\"a\",\"b\"]}").single("before"));
    }

    @Test
    void queryFlagsFollowDockerd() {
        assertTrue(QueryFlag.isSet("1"));
        assertTrue(QueryFlag.isSet("true"));
        assertFalse(QueryFlag.isSet("0"));
        assertFalse(QueryFlag.isSet("false"));
        assertFalse(QueryFlag.isSet(null));
        assertFalse(QueryFlag.isSet(""));
    }
}
