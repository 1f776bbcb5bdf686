package dev.berth.application.system;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.event.Actor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DaemonReloadTest {

    private final List<Actor> published = new ArrayList<>();
    private final DaemonReload reload = new DaemonReload((type, action, actor) -> published.add(actor), "id-1", "vm");

    @Test
    void everyPartGetsTheSettingsThenTheReloadIsPublished() {
        List<ReloadableSettings> applied = new ArrayList<>();
        reload.onReload(applied::add);
        var settings = new ReloadableSettings(true, List.of("10.0.0.0/8", "reg:5000"), 5, List.of());

        reload.reload(settings);

        assertEquals(List.of(settings), applied);
        assertEquals("id-1", published.getFirst().id());
        assertEquals(Map.of("name", "vm", "debug", "true", "insecure-registries", "[\"10.0.0.0/8\",\"reg:5000\"]",
                "max-concurrent-downloads", "5"), published.getFirst().attributes());
    }

    @Test
    void aDownloadLimitBelowOneIsRefusedBeforeAnythingIsApplied() {
        assertThrows(InvalidParameter.class, () -> new ReloadableSettings(false, List.of(), 0, List.of()));
    }

    @Test
    void aRefusedSettingStopsTheReloadUntold() {
        List<String> later = new ArrayList<>();
        reload.onReload(s -> {
            throw new InvalidParameter("bad");
        });
        reload.onReload(s -> later.add("applied"));

        assertThrows(InvalidParameter.class, () -> reload.reload(new ReloadableSettings(false, List.of(), 1, List.of())));
        assertTrue(later.isEmpty());
        assertTrue(published.isEmpty());
    }
}
