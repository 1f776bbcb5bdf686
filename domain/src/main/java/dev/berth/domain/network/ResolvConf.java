package dev.berth.domain.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The /etc/resolv.conf dockerd writes: the host's, without loopback nameservers (they would point into the
 * container's own namespace; Google's when none is left), with {@code --dns}, {@code --dns-search} and
 * {@code --dns-option} replacing the host's nameservers, search domains and options.
 */
public final class ResolvConf {

    private static final List<String> FALLBACK_NAMESERVERS = List.of("8.8.8.8", "8.8.4.4");

    private ResolvConf() {
    }

    public static String render(List<String> hostLines, List<String> dns, List<String> search, List<String> options) {
        List<String> nameservers = new ArrayList<>();
        List<String> hostSearch = new ArrayList<>();
        List<String> hostOptions = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String line : hostLines) {
            String[] words = line.trim().split("\\s+");
            switch (words[0]) {
                case "nameserver" -> {
                    if (words.length >= 2 && !isLoopback(words[1])) {
                        nameservers.add(words[1]);
                    }
                }
                case "search", "domain" -> hostSearch.addAll(List.of(words).subList(1, words.length));
                case "options" -> hostOptions.addAll(List.of(words).subList(1, words.length));
                default -> {
                    if (!line.isBlank() && !line.trim().startsWith("#")) {
                        others.add(line);
                    }
                }
            }
        }
        List<String> servers = !dns.isEmpty() ? dns : nameservers.isEmpty() ? FALLBACK_NAMESERVERS : nameservers;
        List<String> domains = search.isEmpty() ? hostSearch : search.equals(List.of(".")) ? List.of() : search;
        List<String> opts = options.isEmpty() ? hostOptions : options;
        StringBuilder text = new StringBuilder();
        others.forEach(line -> text.append(line).append('\n'));
        servers.forEach(server -> text.append("nameserver ").append(server).append('\n'));
        if (!domains.isEmpty()) {
            text.append("search ").append(String.join(" ", domains)).append('\n');
        }
        if (!opts.isEmpty()) {
            text.append("options ").append(String.join(" ", opts)).append('\n');
        }
        return text.toString();
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1");
    }
}
