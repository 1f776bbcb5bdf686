package dev.berth.adapters.runc;

import dev.berth.domain.container.ContainerId;

/** The cgroup runc puts a container in ({@code linux.cgroupsPath}): {@code /<parent>/<id>}, v1 and v2 alike. */
final class CgroupPath {

    private CgroupPath() {
    }

    static String of(String parent, ContainerId id) {
        return "/" + parent + "/" + id.value();
    }
}
