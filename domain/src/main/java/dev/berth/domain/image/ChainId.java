package dev.berth.domain.image;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Names a stack of layers: ChainID(L0) = DiffID(L0), ChainID(L0..n) = sha256(ChainID(L0..n-1) + " " + DiffID(Ln)),
 * as the OCI image spec defines it. Layers are shared between images by ChainID.
 */
public record ChainId(Digest digest) {

    public static ChainId first(Digest diffId) {
        return new ChainId(diffId);
    }

    public ChainId child(Digest diffId) {
        return new ChainId(Digest.of((digest + " " + diffId).getBytes(StandardCharsets.US_ASCII)));
    }

    /** The ChainID of every prefix of {@code diffIds}, bottom layer first. */
    public static List<ChainId> chain(List<Digest> diffIds) {
        var chain = new java.util.ArrayList<ChainId>(diffIds.size());
        ChainId current = null;
        for (Digest diffId : diffIds) {
            current = current == null ? first(diffId) : current.child(diffId);
            chain.add(current);
        }
        return List.copyOf(chain);
    }

    public static Optional<ChainId> of(List<Digest> diffIds) {
        List<ChainId> chain = chain(diffIds);
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.getLast());
    }

    @Override
    public String toString() {
        return digest.toString();
    }
}
