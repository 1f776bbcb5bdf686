package dev.berth.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Dockerfile with RUN and COPY builds into an image that runs: the RUN happened in a real container, the COPY took
 * the context's file, and an unchanged rebuild reuses every step (same image ID).
 */
class BuildIT {

    private static final Pattern AUX_ID = Pattern.compile("\"aux\":\\{\"ID\":\"(sha256:[0-9a-f]{64})\"}");

    @TempDir
    Path dir;

    @Test
    void buildsARunnableImageAndReusesItsStepsOnRebuild() throws Exception {
        Path image = dir.resolve("bb.tar");
        BusyboxImage.write(image, "build-bb:latest");
        Path context = dir.resolve("context.tar");
        ContextTar.write(context, Map.of(
                "Dockerfile", """
                        FROM build-bb:latest
                        RUN echo built-by-run > /built.txt
                        COPY hello.txt /copied/hello.txt
                        CMD ["cat", "/built.txt", "/copied/hello.txt"]
                        """,
                "hello.txt", "hello-from-context\n"));
        try (Berthd daemon = new Berthd(dir).start()) {
            daemon.call("POST", "/images/load?quiet=1", image);

            String first = daemon.call("POST", "/build?t=built:1", context);
            assertTrue(first.contains("Step 2/4 : RUN echo built-by-run > /built.txt"), first);
            String id = auxId(first);

            String container = daemon.json("POST", "/containers/create", "{\"Image\":\"built:1\"}").get("Id").asText();
            daemon.call("POST", "/containers/" + container + "/start", null);
            assertEquals(0, daemon.json("POST", "/containers/" + container + "/wait", null).get("StatusCode").asInt());
            String logs = daemon.call("GET", "/containers/" + container + "/logs?stdout=1", null);
            assertTrue(logs.contains("built-by-run") && logs.contains("hello-from-context"), logs);

            String second = daemon.call("POST", "/build?t=built:2", context);
            assertTrue(second.contains("Using cache") && !second.contains("Running in"), second);
            assertEquals(id, auxId(second), "an unchanged rebuild gives the same image");

            String containers = daemon.call("GET", "/containers/json?all=1", null);
            assertEquals(1, containers.split("\"Id\"").length - 1, "only the container made here: " + containers);
            daemon.call("DELETE", "/containers/" + container, null);
        }
    }

    private static String auxId(String stream) {
        Matcher matcher = AUX_ID.matcher(stream);
        assertTrue(matcher.find(), stream);
        return matcher.group(1);
    }
}
