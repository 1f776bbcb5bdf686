package dev.berth.application.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build arguments: {@code --build-arg} values, the ARGs declared before the first FROM (usable in FROM and
 * re-declared in a stage without a value to take theirs), and the predefined proxy arguments, which need no ARG.
 */
final class BuildArgs {

    static final Set<String> PREDEFINED = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

    private final Map<String, String> given;
    private final Map<String, String> meta = new HashMap<>();
    private final Set<String> consumed = new HashSet<>();

    BuildArgs(Map<String, String> given) {
        this.given = given;
    }

    /** An ARG before the first FROM. */
    void declareMeta(String name, String defaultValue) {
        meta.put(name, valueOf(name, defaultValue));
    }

    String meta(String name) {
        return meta.get(name);
    }

    /** An ARG in a stage: the given value, else its default, else the value of the global ARG of that name. */
    String declare(String name, String defaultValue) {
        String value = valueOf(name, defaultValue);
        return value != null ? value : meta.get(name);
    }

    private String valueOf(String name, String defaultValue) {
        consumed.add(name);
        String value = given.get(name);
        return value != null ? value : defaultValue;
    }

    /** The predefined arguments given with {@code --build-arg}: RUN steps see them without an ARG. */
    Map<String, String> predefined() {
        Map<String, String> proxies = new LinkedHashMap<>();
        given.forEach((name, value) -> {
            if (PREDEFINED.contains(name) && value != null) {
                proxies.put(name, value);
            }
        });
        return proxies;
    }

    /** The {@code --build-arg}s no ARG declared, as dockerd warns of them. */
    List<String> unconsumed() {
        List<String> unused = new ArrayList<>();
        for (String name : given.keySet()) {
            if (!consumed.contains(name) && !PREDEFINED.contains(name)) {
                unused.add(name);
            }
        }
        return unused.stream().sorted().toList();
    }
}
