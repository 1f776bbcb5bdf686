package dev.berth.domain.container;

/** An exec instance's ID: 64 hex digits, random, like a container's. */
public record ExecId(String value) {

    public static ExecId random() {
        return new ExecId(ContainerId.random().value());
    }

    @Override
    public String toString() {
        return value;
    }
}
