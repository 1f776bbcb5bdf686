package dev.berth.domain.container;

import java.util.ArrayList;
import java.util.List;

/** The environment dockerd gives a container's process: PATH, HOSTNAME and TERM first, then the config's own. */
public final class ProcessEnvironment {

    public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private ProcessEnvironment() {
    }

    public static List<String> of(ContainerConfig config, String hostname) {
        return of(config, hostname, config.tty(), List.of());
    }

    /**
     * An exec's environment, as dockerd builds it: the container's (with TERM when the exec has a TTY), then the
     * exec's own variables replacing or adding to it.
     */
    public static List<String> forExec(ContainerConfig config, boolean tty, List<String> execEnv) {
        return of(config, config.hostname(), tty, execEnv);
    }

    private static List<String> of(ContainerConfig config, String hostname, boolean tty, List<String> extra) {
        List<String> env = new ArrayList<>();
        env.add("PATH=" + DEFAULT_PATH);
        env.add("HOSTNAME=" + hostname);
        if (tty) {
            env.add("TERM=xterm");
        }
        for (String entry : config.env()) {
            replaceOrAppend(env, entry);
        }
        for (String entry : extra) {
            replaceOrAppend(env, entry);
        }
        return List.copyOf(env);
    }

    /** A bare {@code NAME} (a variable the client did not have) unsets it, as in dockerd. */
    private static void replaceOrAppend(List<String> env, String entry) {
        String key = key(entry);
        boolean unset = entry.indexOf('=') < 0;
        for (int i = 0; i < env.size(); i++) {
            if (key(env.get(i)).equals(key)) {
                if (unset) {
                    env.remove(i);
                } else {
                    env.set(i, entry);
                }
                return;
            }
        }
        if (!unset) {
            env.add(entry);
        }
    }

    private static String key(String entry) {
        int eq = entry.indexOf('=');
        return eq < 0 ? entry : entry.substring(0, eq);
    }
}
