package dev.berth.domain.container;

import java.util.ArrayList;
import java.util.List;

/** The environment dockerd gives a container's process: PATH, HOSTNAME and TERM first, then the config's own. */
public final class ProcessEnvironment {

    public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private ProcessEnvironment() {
    }

    public static List<String> of(ContainerConfig config, String hostname) {
        List<String> env = new ArrayList<>();
        env.add("PATH=" + DEFAULT_PATH);
        env.add("HOSTNAME=" + hostname);
        if (config.tty()) {
            env.add("TERM=xterm");
        }
        for (String entry : config.env()) {
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
