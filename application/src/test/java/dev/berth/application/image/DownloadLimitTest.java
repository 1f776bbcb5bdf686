package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DownloadLimitTest {

    @Test
    void aRaisedLimitLetsAWaitingDownloadStart() throws Exception {
        DownloadLimit limit = new DownloadLimit(1);
        limit.acquire();
        CountDownLatch started = new CountDownLatch(1);
        Thread waiting = Thread.ofVirtual().start(() -> {
            try {
                limit.acquire();
                started.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        limit.change(2);

        assertTrue(started.await(10, TimeUnit.SECONDS), "the second download started once the limit was 2");
        waiting.join();
        assertEquals(2, limit.limit());
    }

    @Test
    void aLimitBelowOneIsRefusedAndChangesNothing() {
        DownloadLimit limit = new DownloadLimit(3);
        assertThrows(InvalidParameter.class, () -> limit.change(0));
        assertEquals(3, limit.limit());
        assertThrows(InvalidParameter.class, () -> new DownloadLimit(-1));
    }
}
