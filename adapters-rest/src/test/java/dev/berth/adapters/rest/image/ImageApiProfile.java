package dev.berth.adapters.rest.image;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Boots the image endpoints without the other areas' resources, whose use cases these tests do not fake (their
 * constructors would leave unsatisfied injection points). Extend the list when a new area gets a resource.
 */
public class ImageApiProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.arc.exclude-types", String.join(",",
                "dev.berth.adapters.rest.container.**",
                "dev.berth.adapters.rest.system.**",
                "dev.berth.adapters.rest.stream.**",
                "dev.berth.adapters.rest.network.**",
                "dev.berth.adapters.rest.volume.**",
                "dev.berth.adapters.rest.exec.**",
                "dev.berth.adapters.rest.event.**",
                "dev.berth.adapters.rest.plugin.**"));
    }
}
