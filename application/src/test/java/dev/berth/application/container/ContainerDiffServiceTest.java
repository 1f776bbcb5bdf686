package dev.berth.application.container;

import dev.berth.domain.storage.Change;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContainerDiffServiceTest {

    private static Change added(String path) {
        return new Change(path, Change.Kind.ADDED);
    }

    private static Change modified(String path) {
        return new Change(path, Change.Kind.MODIFIED);
    }

    @Test
    void theRuntimesMountPointsAndTheEtcTheyAloneTouchedAreLeftOut() {
        List<Change> changes = List.of(modified("/etc"), added("/etc/hostname"), added("/etc/hosts"),
                added("/etc/resolv.conf"), added("/newfile"));

        assertEquals(List.of(added("/newfile")), ContainerDiffService.withoutRuntimeFiles(changes));
    }

    @Test
    void etcStaysWhenTheContainerChangedSomethingElseInIt() {
        List<Change> changes = List.of(modified("/etc"), new Change("/etc/group", Change.Kind.DELETED),
                added("/etc/hosts"), modified("/etc/passwd"));

        assertEquals(List.of(modified("/etc"), new Change("/etc/group", Change.Kind.DELETED), modified("/etc/passwd")),
                ContainerDiffService.withoutRuntimeFiles(changes));
    }

    @Test
    void aHostsFileTheContainerChangedInTheImageIsKept() {
        List<Change> changes = List.of(modified("/etc"), modified("/etc/hosts"));

        assertEquals(changes, ContainerDiffService.withoutRuntimeFiles(changes));
    }
}
