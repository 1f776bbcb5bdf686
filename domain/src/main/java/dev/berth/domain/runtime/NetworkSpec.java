package dev.berth.domain.runtime;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The container's network namespace and name files: the host's namespace, an existing one joined by path (the
 * container's sandbox, or another container's), or a new empty one; and the /etc/hosts and /etc/resolv.conf it gets.
 */
public record NetworkSpec(Mode mode, Path namespace, String hosts, String resolvConf) {

    public enum Mode { HOST, JOIN, PRIVATE }

    public static NetworkSpec privateNamespace(String hosts, String resolvConf) {
        return new NetworkSpec(Mode.PRIVATE, null, hosts, resolvConf);
    }

    public Optional<Path> namespacePath() {
        return Optional.ofNullable(namespace);
    }
}
