package dev.berth.application.image;

import dev.berth.domain.image.Digest;

/** What a pull or a push reports as it goes, in the terms of dockerd's progress stream. */
public sealed interface TransferEvent {

    /** A status line, about one layer ({@code id} its short digest) or the whole transfer ({@code id} null). */
    record Status(String id, String status) implements TransferEvent {
    }

    /** Bytes moved so far of a layer's {@code total}: {@code Downloading}, {@code Pushing}. */
    record Bytes(String id, String status, long current, long total) implements TransferEvent {
    }

    /** A tag a push finished: the digest and size of the manifest the registry now holds. */
    record Pushed(String tag, Digest digest, long size) implements TransferEvent {
    }
}
