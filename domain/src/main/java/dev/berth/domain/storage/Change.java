package dev.berth.domain.storage;

/** One line of {@code docker diff}: a container path (absolute) and what its writable layer did to it. */
public record Change(String path, Kind kind) {

    /** dockerd's codes: 0 modified, 1 added, 2 deleted. */
    public enum Kind {
        MODIFIED(0), ADDED(1), DELETED(2);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }
}
