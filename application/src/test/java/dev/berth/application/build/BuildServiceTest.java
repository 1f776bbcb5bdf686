package dev.berth.application.build;

import dev.berth.domain.build.BuildFiles;
import dev.berth.domain.build.DockerIgnore;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotImplemented;
import dev.berth.domain.image.ImageId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bad inputs a build refuses with a clear message, and that it leaves no files behind when it does. */
class BuildServiceTest {

    private final ContextFiles files = new ContextFiles();
    private final BuildService service = new BuildService(new BuildPorts(files, null, null, null, null, null, null, null));

    @Test
    void aDockerfileMustBeginWithFrom() {
        var e = assertThrows(InvalidParameter.class, () -> prepare("RUN echo hi\nFROM busybox\n", null));
        assertTrue(e.getMessage().startsWith("no build stage in current context"), e.getMessage());
        assertEquals(1, files.closed, "the workspace is removed");
    }

    @Test
    void onlyArgMayComeBeforeFrom() {
        prepare("ARG BASE=busybox\nFROM $BASE\n", null).close();
        assertEquals(1, files.closed);
    }

    @Test
    void aMissingOrEmptyDockerfileIsNamed() {
        var missing = assertThrows(InvalidParameter.class, () -> service.prepare(request("sub/Other", null),
                new ByteArrayInputStream("FROM x".getBytes(StandardCharsets.UTF_8))));
        assertEquals("Cannot locate specified Dockerfile: sub/Other", missing.getMessage());
        var empty = assertThrows(InvalidParameter.class, () -> prepare("# only a comment\n", null));
        assertEquals("the Dockerfile (Dockerfile) cannot be empty", empty.getMessage());
    }

    @Test
    void anUnknownTargetStageIsNamed() {
        try (PreparedBuild build = prepare("FROM busybox AS builder\nFROM busybox\n", "tester")) {
            var e = assertThrows(InvalidParameter.class, () -> build.run(new Recorded()));
            assertEquals("failed to reach build target tester in Dockerfile", e.getMessage());
        }
    }

    @Test
    void remoteContextsAreNotSupported() {
        var request = new BuildRequest(List.of(), null, Map.of(), Map.of(), null, false, false, false,
                "https://example.com/repo.git");
        assertThrows(NotImplemented.class, () -> service.prepare(request, InputStream.nullInputStream()));
    }

    private PreparedBuild prepare(String dockerfile, String target) {
        return service.prepare(request(null, target),
                new ByteArrayInputStream(dockerfile.getBytes(StandardCharsets.UTF_8)));
    }

    private static BuildRequest request(String dockerfile, String target) {
        return new BuildRequest(List.of(), dockerfile, Map.of(), Map.of(), target, false, false, false, null);
    }

    /** A context holding only a Dockerfile: the body given to the build. */
    private static final class ContextFiles implements BuildFiles {
        String dockerfile;
        int closed;

        @Override
        public Workspace workspace() {
            return new Workspace() {
                @Override
                public Path root() {
                    return Path.of("/nonexistent/build");
                }

                @Override
                public void close() {
                    closed++;
                }
            };
        }

        @Override
        public void unpackContext(InputStream tar, Path dir) {
            try {
                dockerfile = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void prune(Path dir, DockerIgnore ignore) {
        }

        @Override
        public Optional<String> readText(Path dir, String relativePath) {
            return relativePath.equals("Dockerfile") ? Optional.of(dockerfile) : Optional.empty();
        }

        @Override
        public void unpackLayer(InputStream layer, Path dir) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void writeCopy(CopySpec spec, OutputStream tar) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Recorded implements BuildOutput {
        final List<String> lines = new ArrayList<>();

        @Override
        public void stream(String text) {
            lines.add(text);
        }

        @Override
        public void aux(ImageId id) {
            lines.add("aux " + id);
        }
    }
}
