package dev.berth.adapters.runc;

import dev.berth.adapters.runc.ContainerUser.GroupEntry;
import dev.berth.adapters.runc.ContainerUser.PasswdEntry;
import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContainerUserTest {

    private static final List<PasswdEntry> PASSWD = List.of(
            new PasswdEntry("root", 0, 0, "/root"),
            new PasswdEntry("app", 1000, 1001, "/home/app"));
    private static final List<GroupEntry> GROUPS = List.of(
            new GroupEntry("root", 0, List.of()),
            new GroupEntry("staff", 50, List.of("app", "other")),
            new GroupEntry("appgroup", 1001, List.of()),
            new GroupEntry("audio", 29, List.of("app")));

    @Test
    void emptyUserIsRootWithItsHome() {
        assertEquals(new ContainerUser(0, 0, List.of(), "/root"), ContainerUser.resolve("", PASSWD, GROUPS));
    }

    @Test
    void nameTakesUidGidHomeAndSupplementaryGroupsFromTheDatabase() {
        assertEquals(new ContainerUser(1000, 1001, List.of(50L, 29L), "/home/app"),
                ContainerUser.resolve("app", PASSWD, GROUPS));
    }

    @Test
    void numericUidFindsItsEntry() {
        assertEquals(new ContainerUser(1000, 1001, List.of(50L, 29L), "/home/app"),
                ContainerUser.resolve("1000", PASSWD, GROUPS));
    }

    @Test
    void numericUidAbsentFromPasswdIsAllowed() {
        assertEquals(new ContainerUser(4242, 0, List.of(), "/"), ContainerUser.resolve("4242", PASSWD, GROUPS));
    }

    @Test
    void groupByNameOrNumberOverridesThePrimaryGroup() {
        assertEquals(50, ContainerUser.resolve("app:staff", PASSWD, GROUPS).gid());
        assertEquals(7, ContainerUser.resolve("4242:7", PASSWD, GROUPS).gid());
    }

    @Test
    void unknownNameIsAnInvalidParameterInDockerdsWords() {
        InvalidParameter error = assertThrows(InvalidParameter.class,
                () -> ContainerUser.resolve("nobody", PASSWD, GROUPS));
        assertEquals("unable to find user nobody: no matching entries in passwd file", error.getMessage());
    }

    @Test
    void unknownGroupIsAnInvalidParameter() {
        InvalidParameter error = assertThrows(InvalidParameter.class,
                () -> ContainerUser.resolve("app:wheel", PASSWD, GROUPS));
        assertEquals("unable to find group wheel: no matching entries in group file", error.getMessage());
    }

    @Test
    void homeIsAddedOnlyWhenTheEnvironmentLacksIt() {
        ContainerUser app = ContainerUser.resolve("app", PASSWD, GROUPS);
        assertEquals(List.of("PATH=/bin", "HOME=/home/app"), app.withHome(List.of("PATH=/bin")));
        assertEquals(List.of("HOME=/data"), app.withHome(List.of("HOME=/data")));
    }

    @Test
    void readsTheContainersFilesThroughSymlinksInsideTheRootfs(@TempDir Path rootfs) throws IOException {
        Files.createDirectories(rootfs.resolve("usr/lib"));
        Files.createDirectories(rootfs.resolve("etc"));
        Files.writeString(rootfs.resolve("usr/lib/passwd"), "# users\nweb:x:33:33:www:/var/www:/bin/false\n");
        Files.writeString(rootfs.resolve("etc/group"), "www-data:x:33:\nlogs:x:4:web\n");
        // An absolute link must resolve inside the rootfs, not on the host.
        Files.createSymbolicLink(rootfs.resolve("etc/passwd"), Path.of("/usr/lib/passwd"));

        assertEquals(new ContainerUser(33, 33, List.of(4L), "/var/www"), ContainerUser.resolve(rootfs, "web"));
    }

    @Test
    void withoutPasswdOnlyNumericUsersResolve(@TempDir Path rootfs) {
        assertEquals(new ContainerUser(5, 6, List.of(), "/"), ContainerUser.resolve(rootfs, "5:6"));
        assertThrows(InvalidParameter.class, () -> ContainerUser.resolve(rootfs, "root"));
    }
}
