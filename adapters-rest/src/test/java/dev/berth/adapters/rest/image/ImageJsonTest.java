package dev.berth.adapters.rest.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.application.image.ImageDeletion;
import dev.berth.application.image.ImageDetails;
import dev.berth.application.image.ImageHistoryItem;
import dev.berth.domain.image.ContainerDefaults;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageConfig;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.image.ImageReference;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ImageJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ImageId ID = new ImageId(new Digest("e".repeat(64)));
    private static final Digest LAYER = new Digest("f".repeat(64));
    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

    private static Image image(List<ImageReference> references) {
        var defaults = new ContainerDefaults(null, List.of("PATH=/bin"), null, List.of("sh"), null,
                Map.of("cli.k", "v"), Set.of("80/tcp"), Set.of(), null);
        var config = new ImageConfig("amd64", "linux", null, CREATED, null, null, null, defaults, List.of(LAYER),
                List.of());
        return new Image(ID, config, references, 1234);
    }

    @Test
    void summaryUsesDockerFieldNames() {
        JsonNode json = JSON.valueToTree(ImageSummaryJson.from(image(List.of(ImageReference.parse("cli-x/y:v1")))));
        assertEquals(ID.toString(), json.get("Id").asText());
        assertEquals("cli-x/y:v1", json.get("RepoTags").get(0).asText());
        assertEquals(0, json.get("RepoDigests").size());
        assertEquals(CREATED.getEpochSecond(), json.get("Created").asLong());
        assertEquals(1234, json.get("Size").asLong());
        assertEquals(-1, json.get("SharedSize").asLong());
        assertEquals(-1, json.get("Containers").asLong());
        assertEquals("v", json.get("Labels").get("cli.k").asText());
        assertEquals("", json.get("ParentId").asText());
    }

    @Test
    void danglingSummaryShowsNoneAsDockerdDoes() {
        JsonNode json = JSON.valueToTree(ImageSummaryJson.from(image(List.of())));
        assertEquals("<none>:<none>", json.get("RepoTags").get(0).asText());
        assertEquals("<none>@<none>", json.get("RepoDigests").get(0).asText());
    }

    @Test
    void inspectCarriesConfigRootFsAndGraphDriver() {
        JsonNode json = JSON.valueToTree(ImageInspectJson.from(
                new ImageDetails(image(List.of(ImageReference.parse("busybox"))), "overlayfs")));
        assertEquals(ID.toString(), json.get("Id").asText());
        assertEquals("busybox:latest", json.get("RepoTags").get(0).asText());
        assertEquals("linux", json.get("Os").asText());
        assertEquals("amd64", json.get("Architecture").asText());
        assertEquals("2024-01-01T00:00:00Z", json.get("Created").asText());
        assertEquals("sh", json.get("Config").get("Cmd").get(0).asText());
        assertEquals("v", json.get("Config").get("Labels").get("cli.k").asText());
        assertEquals(0, json.get("Config").get("ExposedPorts").get("80/tcp").size());
        assertEquals("layers", json.get("RootFS").get("Type").asText());
        assertEquals(LAYER.toString(), json.get("RootFS").get("Layers").get(0).asText());
        assertEquals("overlayfs", json.get("GraphDriver").get("Name").asText());
        assertEquals(1234, json.get("Size").asLong());
        assertFalse(json.has("Variant"), "absent variant is omitted");
    }

    @Test
    void historyShowsMissingForStepsWithoutAnImage() {
        JsonNode top = JSON.valueToTree(ImageHistoryJson.from(new ImageHistoryItem(ID, CREATED, "step", 
                List.of(ImageReference.parse("h:1")), 7, null)));
        JsonNode below = JSON.valueToTree(ImageHistoryJson.from(new ImageHistoryItem(null, null, null, List.of(), 0,
                null)));
        assertEquals(ID.toString(), top.get("Id").asText());
        assertEquals("h:1", top.get("Tags").get(0).asText());
        assertEquals(7, top.get("Size").asLong());
        assertEquals(CREATED.getEpochSecond(), top.get("Created").asLong());
        assertEquals("<missing>", below.get("Id").asText());
        assertEquals("", below.get("CreatedBy").asText());
        assertEquals("", below.get("Comment").asText());
    }

    @Test
    void deleteItemsCarryOneFieldEach() {
        assertEquals("{\"Untagged\":\"a:1\"}", JSON.valueToTree(
                ImageDeleteJson.from(new ImageDeletion.Untagged("a:1"))).toString());
        assertEquals("{\"Deleted\":\"" + ID + "\"}", JSON.valueToTree(
                ImageDeleteJson.from(new ImageDeletion.Deleted(ID.toString()))).toString());
    }

    @Test
    void progressLineEndsWithANewline() {
        assertEquals("{\"stream\":\"Loaded image: a:1\\n\"}",
                JSON.valueToTree(ProgressJson.line("Loaded image: a:1")).toString());
    }
}
