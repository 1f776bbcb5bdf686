package dev.berth.application.container;

import java.util.List;

/** {@code docker top}: the processes of a running container as the host's {@code ps} shows them. */
public interface ContainerTop {

    /**
     * {@code psArgs} are ps's arguments ({@code -ef} when empty). NotFound for an unknown container, Conflict when
     * it is not running, InvalidParameter for arguments dockerd refuses, SystemFault when ps fails.
     */
    ProcessList top(String ref, String psArgs);

    /** ps's column titles and one row per process, the last column the whole command line. */
    record ProcessList(List<String> titles, List<List<String>> processes) {

        public ProcessList {
            titles = List.copyOf(titles);
            processes = processes.stream().map(List::copyOf).toList();
        }
    }
}
