package dev.berth.application.container;

import dev.berth.application.image.CommitRequest;
import dev.berth.application.image.ImageCommands;
import dev.berth.application.image.ImageDeletion;
import dev.berth.application.image.ImagePruneFilter;
import dev.berth.application.image.ImagePruneReport;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotFound;
import dev.berth.domain.image.Digest;
import dev.berth.domain.image.ImageId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContainerCommitServiceTest {

    private static final ImageId NEW = new ImageId(Digest.of("new".getBytes(StandardCharsets.UTF_8)));

    private final ContainerFixture fixture = new ContainerFixture();
    private final List<CommitRequest> commits = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> freezerWhileCommitting = new ArrayList<>();
    private ContainerService containers;
    private ContainerCommitService service;

    @BeforeEach
    void setUp() {
        containers = fixture.newService();
        ImageCommands tagger = new ImageCommands() {
            @Override
            public void tag(String source, String repository, String tag) {
                tags.add(source + " " + repository + ":" + tag);
            }

            @Override
            public List<ImageDeletion> remove(String name, boolean force, boolean prune) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ImagePruneReport prune(ImagePruneFilter filter) {
                throw new UnsupportedOperationException();
            }
        };
        service = new ContainerCommitService(containers, containers, request -> {
            commits.add(request);
            freezerWhileCommitting.addAll(fixture.runtime.freezer);
            return NEW;
        }, tagger, new ContainerEvents((type, action, actor) -> fixture.events.add(action + " "
                + new java.util.TreeMap<>(actor.attributes()))));
    }

    @Test
    void commitsTheLayerOnTheImageWithTheChangedConfigPausedAndTagged() {
        var id = containers.create(ContainerFixture.request("web", false, "sleep", "9"));
        containers.start("web");

        ImageId image = service.commit(new ContainerCommit.Request("web", "img", "", "msg", "me", true,
                List.of("CMD [\"cat\",\"/f\"]", "ENV B=2", "ONBUILD RUN true")));

        assertEquals(NEW, image);
        CommitRequest request = commits.getFirst();
        assertEquals(ContainerFixture.BUSYBOX.id(), request.parent().orElseThrow());
        assertEquals(new CommitRequest.SnapshotChanges(ContainerLayer.of(id)), request.layer().orElseThrow());
        assertEquals(List.of("cat", "/f"), request.config().cmd());
        assertEquals(List.of("A=1", "PATH=/bin", "B=2"), request.config().env());
        assertEquals(List.of("RUN true"), request.config().build().onBuild());
        assertEquals("msg", request.comment());
        assertEquals("me", request.author());
        assertEquals(1, freezerWhileCommitting.size(), "paused while committing");
        assertEquals(2, fixture.runtime.freezer.size(), "and thawed after");
        assertEquals(List.of(NEW + " img:latest"), tags);
        assertTrue(fixture.events.getLast().startsWith("commit {comment=msg, image=busybox, imageID=" + NEW
                + ", imageRef=img:latest"), fixture.events.getLast());
    }

    @Test
    void aStoppedContainerCommitsUntaggedWithoutPausing() {
        containers.create(ContainerFixture.request("done", false));

        service.commit(new ContainerCommit.Request("done", "", "", "", "", true, List.of()));

        assertEquals(List.of(), fixture.runtime.freezer);
        assertEquals(List.of(), tags);
        assertEquals(List.of("sh"), commits.getFirst().config().cmd());
    }

    @Test
    void badInputsCommitNothing() {
        containers.create(ContainerFixture.request("done", false));

        assertThrows(NotFound.class, () -> service.commit(new ContainerCommit.Request("nope", "", "", "", "", true,
                List.of())));
        assertEquals("RUN is not a valid change command", assertThrows(InvalidParameter.class, () -> service.commit(
                new ContainerCommit.Request("done", "", "", "", "", true, List.of("RUN true")))).getMessage());
        assertThrows(InvalidParameter.class, () -> service.commit(new ContainerCommit.Request("done", "", "", "", "",
                true, List.of("BOGUS x"))));
        assertEquals(List.of(), commits);
    }
}
