package dev.berth.domain.image;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainIdTest {

    // Vector computed independently: sha256("sha256:" + "a"*64 + " sha256:" + "b"*64).
    private static final Digest A = new Digest("a".repeat(64));
    private static final Digest B = new Digest("b".repeat(64));
    private static final String AB_CHAIN = "ccd722928bd92476ba1745586fed6e45a102504185ad88cd89e01ff116fd146c";

    @Test
    void firstLayerChainIdIsItsDiffId() {
        assertEquals(A, ChainId.first(A).digest());
    }

    @Test
    void childChainIdHashesParentSpaceDiffId() {
        assertEquals(AB_CHAIN, ChainId.first(A).child(B).digest().hex());
    }

    @Test
    void chainListsEveryPrefixBottomFirst() {
        List<ChainId> chain = ChainId.chain(List.of(A, B));
        assertEquals(2, chain.size());
        assertEquals(A, chain.get(0).digest());
        assertEquals(ChainId.first(A).child(B), chain.get(1));
        assertEquals(chain.get(1), ChainId.of(List.of(A, B)).orElseThrow());
    }

    @Test
    void noLayersNoChainId() {
        assertTrue(ChainId.of(List.of()).isEmpty());
    }
}
