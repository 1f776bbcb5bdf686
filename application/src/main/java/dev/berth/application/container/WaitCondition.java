package dev.berth.application.container;

import dev.berth.domain.error.InvalidParameter;

/** What {@code POST /containers/{id}/wait} waits for. */
public enum WaitCondition {
    NOT_RUNNING,
    NEXT_EXIT,
    REMOVED;

    public static WaitCondition parse(String text) {
        return switch (text == null || text.isEmpty() ? "not-running" : text) {
            case "not-running" -> NOT_RUNNING;
            case "next-exit" -> NEXT_EXIT;
            case "removed" -> REMOVED;
            default -> throw new InvalidParameter("invalid condition: \"" + text + "\"");
        };
    }
}
