package dev.berth.adapters.runc;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** The part of the OCI runtime spec 1.0.2 ({@code config.json}) that Berth writes; field names are the spec's. */
record OciSpec(String ociVersion, Process process, Root root, String hostname, List<Mount> mounts,
               Map<String, String> annotations, Linux linux) {

    /** {@code consoleSize} is null when the terminal keeps the pty's own size. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Process(boolean terminal, ConsoleSize consoleSize, User user, List<String> args, List<String> env,
                   String cwd, Capabilities capabilities, List<Rlimit> rlimits, boolean noNewPrivileges) {
    }

    record ConsoleSize(int height, int width) {
    }

    record User(long uid, long gid, List<Long> additionalGids) {
    }

    record Capabilities(List<String> bounding, List<String> effective, List<String> permitted) {
    }

    record Rlimit(String type, long hard, long soft) {
    }

    record Root(String path, boolean readonly) {
    }

    record Mount(String destination, String type, String source, List<String> options) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Linux(Resources resources, String cgroupsPath, List<Namespace> namespaces, List<String> maskedPaths,
                 List<String> readonlyPaths, Seccomp seccomp) {
    }

    /** Absent parts are left as they are (what {@code runc update} relies on). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Resources(List<DeviceRule> devices, Memory memory, Cpu cpu, Pids pids) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Memory(Long limit, Long reservation, Long swap) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cpu(Long shares, Long quota, Long period, String cpus, String mems) {
    }

    record Pids(long limit) {
    }

    record Seccomp(String defaultAction, int defaultErrnoRet, List<String> architectures, List<Syscall> syscalls) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Syscall(List<String> names, String action, Integer errnoRet, List<SyscallArg> args) {
    }

    record SyscallArg(int index, long value, long valueTwo, String op) {
    }

    /** A device cgroup rule; absent type/major/minor mean "all". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeviceRule(boolean allow, String type, Long major, Long minor, String access) {
    }

    /** A namespace to create, or with a path one to join. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Namespace(String type, String path) {
        Namespace(String type) {
            this(type, null);
        }
    }
}
