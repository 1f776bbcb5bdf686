package dev.berth.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pulls from Debian's docker-registry into a berthd that has never seen the image: a three-layer image pushed by
 * another berthd, a manifest list whose linux/amd64 entry is chosen, and, through a proxy that spoils downloads, a
 * corrupted blob refused with nothing stored and a connection cut mid-layer retried to completion.
 */
class RegistryPullIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    private static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    private static final long MIB = 1024 * 1024;

    @TempDir
    static Path shared;
    private static LocalRegistry registry;
    /** The pushed image as its pusher sees it. */
    private static JsonNode pushed;

    @TempDir
    Path dir;
    private Berthd puller;

    @BeforeAll
    static void pushAThreeLayerImageAndAManifestList() throws Exception {
        registry = LocalRegistry.start(shared);
        String name = registry.domain() + "/it/app:1";
        try (Berthd pusher = new Berthd(Files.createDirectory(shared.resolve("pusher"))).start()) {
            Path image = shared.resolve("bb.tar");
            BusyboxImage.write(image, "registry-bb:latest");
            pusher.call("POST", "/images/load?quiet=1", image);
            Path context = ContextTar.write(shared.resolve("context.tar"), Map.of(
                    "Dockerfile", "FROM registry-bb:latest\nCOPY big.txt /big.txt\nCOPY small.txt /small.txt\n",
                    "big.txt", randomText(2 * MIB), "small.txt", "small\n"));
            pusher.call("POST", "/build?t=" + name, context);
            String push = pusher.call("POST", "/images/" + name + "/push", null);
            assertTrue(push.contains("digest: sha256:"), push);
            pushed = pusher.json("GET", "/images/" + name + "/json", null);
        }
        assertEquals(3, pushed.path("RootFS").path("Layers").size(), pushed.toString());
        putManifestList();
    }

    @AfterAll
    static void stopRegistry() throws InterruptedException {
        registry.close();
    }

    @BeforeEach
    void startPuller() throws IOException {
        puller = new Berthd(dir).start();
    }

    @AfterEach
    void stopPuller() throws InterruptedException {
        puller.close();
    }

    @Test
    void aMultiLayerImageArrivesWholeWithItsRepoDigest() throws IOException {
        String stream = pull(registry.domain() + "/it/app", "1");

        assertEquals(3, occurrences(stream, "Pull complete"), stream);
        assertTrue(stream.contains("Status: Downloaded newer image for " + registry.domain() + "/it/app:1"), stream);
        JsonNode image = puller.json("GET", "/images/" + registry.domain() + "/it/app:1/json", null);
        assertEquals(pushed.get("Id"), image.get("Id"));
        assertEquals(pushed.path("RootFS"), image.path("RootFS"));
        assertTrue(image.path("RepoDigests").get(0).asText().startsWith(registry.domain() + "/it/app@sha256:"),
                image.toString());
    }

    @Test
    void aManifestListPullsItsLinuxAmd64Entry() throws IOException {
        pull(registry.domain() + "/it/app", "multi");

        JsonNode image = puller.json("GET", "/images/" + registry.domain() + "/it/app:multi/json", null);
        assertEquals(pushed.get("Id"), image.get("Id"), "the arm64 entry comes first and is passed over");
        assertEquals("amd64", image.get("Architecture").asText());
    }

    @Test
    void aCorruptedBlobIsRefusedAndNothingIsStored() throws IOException {
        try (var proxy = new FaultyRegistryProxy(registry, FaultyRegistryProxy.Fault.CORRUPT_BLOBS, 0)) {
            String stream = pull(proxy.domain() + "/it/app", "1");

            assertTrue(stream.contains("errorDetail") && stream.contains("digest"), stream);
        }
        assertEquals("[]", puller.call("GET", "/images/json", null).strip());
        try (Stream<Path> blobs = Files.walk(dir.resolve("data/content"))) {
            assertEquals(0, blobs.filter(Files::isRegularFile).count(), "no blob, not even a partial one, stays");
        }
    }

    @Test
    void aConnectionCutMidLayerIsRetriedUntilThePullCompletes() throws IOException {
        try (var proxy = new FaultyRegistryProxy(registry, FaultyRegistryProxy.Fault.DROP_FIRST_BLOB, MIB)) {
            String stream = pull(proxy.domain() + "/it/app", "1");

            assertEquals(1, proxy.drops(), "the big layer was cut off once");
            assertTrue(stream.contains("Retrying in"), stream);
            assertEquals(3, occurrences(stream, "Pull complete"), stream);
            JsonNode image = puller.json("GET", "/images/" + proxy.domain() + "/it/app:1/json", null);
            assertEquals(pushed.get("Id"), image.get("Id"));
        }
    }

    @Test
    void badReferencesAndUnknownTagsAreRefusedWithDockerdsStatus() {
        // as in dockerd, an upper-case first component is a registry host: only the repository path must be lower case
        var upper = assertThrows(IllegalStateException.class,
                () -> puller.call("POST", "/images/create?fromImage=library/UPPER&tag=1", null));
        assertTrue(upper.getMessage().contains("-> 400") && upper.getMessage().contains("must be lowercase"),
                upper.getMessage());
        var unknown = assertThrows(IllegalStateException.class,
                () -> pull(registry.domain() + "/it/app", "no-such-tag"));
        assertTrue(unknown.getMessage().contains("-> 404") && unknown.getMessage().contains("manifest unknown"),
                unknown.getMessage());
    }

    private String pull(String repository, String tag) throws IOException {
        return puller.call("POST", "/images/create?fromImage=" + repository + "&tag=" + tag, null);
    }

    /** An OCI index (Berth pushes OCI manifests) of an arm64 twin (the same layers under another config) first, then the pushed linux/amd64 image. */
    private static void putManifestList() throws Exception {
        byte[] amd64 = send(HttpRequest.newBuilder(registry.uri("/v2/it/app/manifests/1")).header("Accept", OCI_MANIFEST));
        JsonNode manifest = JSON.readTree(amd64);
        byte[] armConfig = ("{\"architecture\":\"arm64\",\"os\":\"linux\",\"rootfs\":"
                + JSON.writeValueAsString(pushed.path("RootFS")).replace("\"Type\"", "\"type\"")
                .replace("\"Layers\"", "\"diff_ids\"") + "}").getBytes(StandardCharsets.UTF_8);
        ObjectNode twin = manifest.deepCopy();
        ((ObjectNode) twin.get("config")).put("digest", "sha256:" + sha256(armConfig)).put("size", armConfig.length);
        byte[] arm64 = JSON.writeValueAsBytes(twin);
        byte[] list = ("{\"schemaVersion\":2,\"mediaType\":\"" + OCI_INDEX + "\",\"manifests\":["
                + entry(arm64, "arm64") + "," + entry(amd64, "amd64") + "]}").getBytes(StandardCharsets.UTF_8);
        putBlob(armConfig);
        put("/v2/it/app/manifests/arm64", OCI_MANIFEST, arm64);
        put("/v2/it/app/manifests/multi", OCI_INDEX, list);
    }

    private static String entry(byte[] manifest, String architecture) throws NoSuchAlgorithmException {
        return "{\"mediaType\":\"" + OCI_MANIFEST + "\",\"digest\":\"sha256:" + sha256(manifest) + "\",\"size\":"
                + manifest.length + ",\"platform\":{\"architecture\":\"" + architecture + "\",\"os\":\"linux\"}}";
    }

    /** A monolithic upload: POST opens it, PUT with the digest closes it. */
    private static void putBlob(byte[] blob) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            var opened = http.send(HttpRequest.newBuilder(registry.uri("/v2/it/app/blobs/uploads/"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(202, opened.statusCode());
            String location = opened.headers().firstValue("Location").orElseThrow();
            String target = (location.startsWith("/") ? "http://" + registry.domain() + location : location)
                    + (location.contains("?") ? "&" : "?") + "digest=sha256:" + sha256(blob);
            var closed = http.send(HttpRequest.newBuilder(URI.create(target))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(blob)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, closed.statusCode(), closed.body());
        }
    }

    private static void put(String path, String type, byte[] body) throws Exception {
        send(HttpRequest.newBuilder(registry.uri(path)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try (var http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(response.statusCode() / 100 == 2,
                    response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            return response.body();
        }
    }

    private static String randomText(long size) {
        var random = new Random(42);
        var text = new StringBuilder();
        while (text.length() < size) {
            text.append(Long.toHexString(random.nextLong())).append('\n');
        }
        return text.toString();
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
