package dev.berth.drivers.storage.common;

import dev.berth.domain.storage.SnapshotKey;

import java.util.Optional;
import java.util.Properties;
import java.io.IOException;
import java.io.StringReader;

/** What a snapshot's {@code meta} file records: whether it is still writable and what it is built on. */
public record SnapshotMetadata(Kind kind, Optional<SnapshotKey> parent) {

    public enum Kind { ACTIVE, COMMITTED }

    public SnapshotMetadata committed() {
        return new SnapshotMetadata(Kind.COMMITTED, parent);
    }

    public boolean isActive() {
        return kind == Kind.ACTIVE;
    }

    String format() {
        return "kind=" + kind.name().toLowerCase() + "\n" + parent.map(p -> "parent=" + p.value() + "\n").orElse("");
    }

    static SnapshotMetadata parse(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        String kind = properties.getProperty("kind");
        if (kind == null) {
            throw new IOException("snapshot metadata without kind");
        }
        return new SnapshotMetadata(Kind.valueOf(kind.toUpperCase()),
                Optional.ofNullable(properties.getProperty("parent")).map(SnapshotKey::new));
    }
}
