package dev.berth.domain.runtime;

/** Which of a container's output streams a log entry came from; the numbers are the API's frame types. */
public enum LogStream {
    STDIN(0),
    STDOUT(1),
    STDERR(2);

    private final int frameType;

    LogStream(int frameType) {
        this.frameType = frameType;
    }

    public int frameType() {
        return frameType;
    }
}
