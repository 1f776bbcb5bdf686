package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

import java.util.List;

/**
 * A container's privileges: {@code --cap-add}, {@code --cap-drop}, {@code --privileged} and {@code --security-opt}
 * (of which Berth acts on {@code no-new-privileges} and {@code seccomp=unconfined}).
 */
public record SecurityOptions(List<String> capAdd, List<String> capDrop, boolean privileged,
                              List<String> securityOpt) {

    public static final SecurityOptions NONE = new SecurityOptions(List.of(), List.of(), false, List.of());

    public SecurityOptions {
        capAdd = capAdd == null ? List.of() : List.copyOf(capAdd);
        capDrop = capDrop == null ? List.of() : List.copyOf(capDrop);
        securityOpt = securityOpt == null ? List.of() : List.copyOf(securityOpt);
    }

    /** Refuses what dockerd refuses at create: unknown capabilities and security options. */
    public SecurityOptions validated() {
        Capabilities.validate(capAdd);
        Capabilities.validate(capDrop);
        for (String opt : securityOpt) {
            String key = opt.contains("=") ? opt.substring(0, opt.indexOf('=')) : opt.split(":", 2)[0];
            switch (key) {
                case "no-new-privileges", "seccomp", "apparmor", "label" -> {
                    // accepted; apparmor and label have no effect on a host without them
                }
                default -> throw new InvalidParameter("invalid --security-opt 2: \"" + opt + "\"");
            }
            if (key.equals("seccomp") && !opt.equals("seccomp=unconfined")) {
                throw new InvalidParameter("seccomp profiles other than \"unconfined\" are not supported: " + opt);
            }
        }
        return this;
    }

    /** The capabilities the process gets: all of them when privileged. */
    public List<String> capabilities() {
        return privileged ? Capabilities.ALL : Capabilities.resolve(capAdd, capDrop);
    }

    public boolean noNewPrivileges() {
        return securityOpt.stream().anyMatch(o -> o.equals("no-new-privileges") || o.equals("no-new-privileges:true")
                || o.equals("no-new-privileges=true"));
    }

    /** Docker's default seccomp profile applies unless privileged or {@code seccomp=unconfined}. */
    public boolean seccompConfined() {
        return !privileged && !securityOpt.contains("seccomp=unconfined");
    }
}
