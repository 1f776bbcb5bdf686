package dev.berth.application.image;

/** A container created from an image, as image removal needs to know it. */
public record ImageUser(String containerId, boolean running) {

    /** The 12-character form dockerd prints in conflict messages. */
    public String shortId() {
        return containerId.length() > 12 ? containerId.substring(0, 12) : containerId;
    }
}
