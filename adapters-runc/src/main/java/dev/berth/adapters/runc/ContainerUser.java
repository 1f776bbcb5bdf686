package dev.berth.adapters.runc;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The user a container process runs as, resolved as dockerd does it (libcontainer's GetExecUser): names are looked
 * up in the container's /etc/passwd and /etc/group; a numeric uid need not be listed.
 */
record ContainerUser(long uid, long gid, List<Long> additionalGids, String home) {

    ContainerUser {
        additionalGids = List.copyOf(additionalGids);
    }

    /** Resolves {@code user} ({@code uid}, {@code uid:gid}, {@code name}, {@code name:group}; empty = root). */
    static ContainerUser resolve(Path rootfs, String user) {
        try {
            return resolve(user, readEntries(rootfs, "/etc/passwd", PasswdEntry::parse),
                    readEntries(rootfs, "/etc/group", GroupEntry::parse));
        } catch (IOException e) {
            throw new SystemFault("unable to read the container's user database: " + e.getMessage(), e);
        }
    }

    static ContainerUser resolve(String user, List<PasswdEntry> passwd, List<GroupEntry> groups) {
        String userPart = user.isEmpty() ? "0" : user.split(":", 2)[0];
        Optional<String> groupPart = user.contains(":") ? Optional.of(user.split(":", 2)[1]) : Optional.empty();

        Optional<Long> numericUid = number(userPart);
        Predicate<PasswdEntry> matches = numericUid.<Predicate<PasswdEntry>>map(uid -> e -> e.uid() == uid)
                .orElse(e -> e.name().equals(userPart));
        Optional<PasswdEntry> entry = passwd.stream().filter(matches).findFirst();
        if (entry.isEmpty() && numericUid.isEmpty()) {
            throw new InvalidParameter("unable to find user " + userPart + ": no matching entries in passwd file");
        }
        long uid = entry.map(PasswdEntry::uid).orElseGet(numericUid::orElseThrow);
        long gid = entry.map(PasswdEntry::gid).orElse(0L);
        String home = entry.map(PasswdEntry::home).orElse("/");
        if (groupPart.isPresent()) {
            gid = groupId(groupPart.get(), groups);
        }
        List<Long> additional = entry.map(e -> memberships(e.name(), groups)).orElse(List.of());
        return new ContainerUser(uid, gid, additional, home);
    }

    /** The environment with {@code HOME} added from passwd when the image and client did not set it. */
    List<String> withHome(List<String> env) {
        if (env.stream().anyMatch(variable -> variable.startsWith("HOME="))) {
            return env;
        }
        List<String> withHome = new ArrayList<>(env);
        withHome.add("HOME=" + home);
        return withHome;
    }

    private static long groupId(String group, List<GroupEntry> groups) {
        return number(group).orElseGet(() -> groups.stream()
                .filter(g -> g.name().equals(group))
                .findFirst()
                .map(GroupEntry::gid)
                .orElseThrow(() -> new InvalidParameter(
                        "unable to find group " + group + ": no matching entries in group file")));
    }

    private static List<Long> memberships(String userName, List<GroupEntry> groups) {
        Set<Long> gids = new LinkedHashSet<>();
        groups.stream().filter(g -> g.members().contains(userName)).forEach(g -> gids.add(g.gid()));
        return List.copyOf(gids);
    }

    private static Optional<Long> number(String text) {
        return text.matches("[0-9]{1,10}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static <T> List<T> readEntries(Path rootfs, String file, Function<String, Optional<T>> parser)
            throws IOException {
        Path path = RootfsPath.resolve(rootfs, file);
        if (!RootfsPath.isFile(path)) {
            return List.of();
        }
        return Files.readAllLines(path).stream().map(parser).flatMap(Optional::stream).toList();
    }

    /** One line of /etc/passwd: {@code name:password:uid:gid:gecos:home:shell}. */
    record PasswdEntry(String name, long uid, long gid, String home) {

        static Optional<PasswdEntry> parse(String line) {
            String[] fields = line.split(":", -1);
            if (line.startsWith("#") || fields.length < 6) {
                return Optional.empty();
            }
            return number(fields[2]).flatMap(uid -> number(fields[3])
                    .map(gid -> new PasswdEntry(fields[0], uid, gid, fields[5].isEmpty() ? "/" : fields[5])));
        }
    }

    /** One line of /etc/group: {@code name:password:gid:member,member}. */
    record GroupEntry(String name, long gid, List<String> members) {

        GroupEntry {
            members = List.copyOf(members);
        }

        static Optional<GroupEntry> parse(String line) {
            String[] fields = line.split(":", -1);
            if (line.startsWith("#") || fields.length < 4) {
                return Optional.empty();
            }
            List<String> members = fields[3].isEmpty() ? List.of() : List.of(fields[3].split(","));
            return number(fields[2]).map(gid -> new GroupEntry(fields[0], gid, members));
        }
    }
}
