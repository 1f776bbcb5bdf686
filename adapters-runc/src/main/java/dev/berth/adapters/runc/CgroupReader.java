package dev.berth.adapters.runc;

import java.io.IOException;

/** Reads a cgroup's statistics; {@code path} is the cgroup path runc was given ({@code /berth/<id>}). */
interface CgroupReader {

    CgroupSample read(String path) throws IOException;
}
