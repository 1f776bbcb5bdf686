package dev.berth.application.network;

import java.util.List;
import java.util.function.Supplier;

/** The host's /etc/resolv.conf and /etc/hosts lines, read when needed. */
public record HostFiles(Supplier<List<String>> resolvConf, Supplier<List<String>> hosts) {
}
