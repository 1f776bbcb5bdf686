package dev.berth.application.image;

import dev.berth.domain.error.InvalidParameter;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How many layer downloads run at once across all pulls (dockerd's max-concurrent-downloads). Unlike a semaphore,
 * the limit can change while downloads run (a daemon reload): a lower one lets running downloads finish and
 * holds new ones back until fewer than the new limit run.
 */
public final class DownloadLimit {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private int limit;
    private int running;

    public DownloadLimit(int limit) {
        this.limit = checked(limit);
    }

    public void change(int newLimit) {
        lock.lock();
        try {
            limit = checked(newLimit);
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    void acquire() throws InterruptedException {
        lock.lock();
        try {
            while (running >= limit) {
                freed.await();
            }
            running++;
        } finally {
            lock.unlock();
        }
    }

    void release() {
        lock.lock();
        try {
            running--;
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static int checked(int limit) {
        if (limit < 1) {
            throw new InvalidParameter("max-concurrent-downloads must be at least 1, not " + limit);
        }
        return limit;
    }
}
