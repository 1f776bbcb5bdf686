package dev.berth.domain.event;

import java.time.Instant;

/** Something that happened to an object of the daemon, stamped when it was published. */
public record Event(EventType type, String action, Actor actor, Instant time) {
}
