package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResourcesTest {

    private static Resources memory(long memory, long swap) {
        return new Resources(memory, swap, 0, 0, 0, 0, 0, null, null, null, null);
    }

    @Test
    void swapDefaultsToTwiceTheMemoryAsInDockerd() {
        assertEquals(128L << 20, memory(64L << 20, 0).validated().memorySwap());
        assertEquals(-1, memory(64L << 20, -1).validated().memorySwap());
    }

    @Test
    void dockerdsLimitsAreChecked() {
        assertThrows(InvalidParameter.class, () -> memory(1 << 20, 0).validated());
        assertThrows(InvalidParameter.class, () -> memory(64L << 20, 32L << 20).validated());
        assertThrows(InvalidParameter.class, () -> memory(0, 32L << 20).validated());
        assertThrows(InvalidParameter.class,
                () -> new Resources(0, 0, 0, 500_000_000L, 0, 100_000, 0, null, null, null, null).validated());
        assertThrows(InvalidParameter.class, () -> new Resources.Ulimit("nofile", 10, 5));
    }

    @Test
    void cpusBecomeAQuotaPer100Milliseconds() {
        Resources half = new Resources(0, 0, 0, 500_000_000L, 0, 0, 0, null, null, null, List.of());
        assertEquals(50_000, half.effectiveCpuQuota());
        assertEquals(100_000, half.effectiveCpuPeriod());
        Resources raw = new Resources(0, 0, 0, 0, 0, 20_000, 10_000, null, null, null, List.of());
        assertEquals(10_000, raw.effectiveCpuQuota());
        assertEquals(20_000, raw.effectiveCpuPeriod());
    }

    @Test
    void anUpdateReplacesOnlyWhatItSets() {
        Resources before = new Resources(64L << 20, 128L << 20, 0, 0, 256, 0, 0, "0", null, 50L, List.of())
                .validated();
        Resources after = before.updatedWith(new Resources(96L << 20, 192L << 20, 0, 0, 512, 0, 0, null, null,
                null, null));
        assertEquals(96L << 20, after.memory());
        assertEquals(192L << 20, after.memorySwap());
        assertEquals(512, after.cpuShares());
        assertEquals("0", after.cpusetCpus());
        assertEquals(50L, after.pidsLimit());
    }

    @Test
    void aMemoryRaiseAboveTheSwapLimitTakesTwiceTheNewMemory() {
        Resources before = memory(64L << 20, 0).validated();
        assertEquals(512L << 20, before.updatedWith(memory(256L << 20, 0)).memorySwap());
    }
}
