package dev.berth.domain.runtime;

import java.util.List;

/** The host's process listing ({@code ps}), which {@code docker top} shows for a container's pids. */
public interface ProcessTable {

    /** ps's output for {@code args}; SystemFault ("ps: " and the first line ps wrote on stderr) when it fails. */
    String list(List<String> args);
}
