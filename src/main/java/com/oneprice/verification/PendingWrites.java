package com.oneprice.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Entries waiting to be written in batches. A batch whose write fails is kept and written first next time, so a
 * database that is briefly unreachable delays entries but never loses them.
 */
final class PendingWrites<E> {

    private final LinkedBlockingQueue<E> queue;
    private final int batchSize;
    private final Consumer<List<E>> writer;
    private final AtomicLong offered = new AtomicLong();
    /** Taken from the queue but not written yet; guarded by {@code this}. */
    private final List<E> pending = new ArrayList<>();
    /** How many entries the writer has taken care of; guarded by {@code this}. */
    private long written;

    PendingWrites(int capacity, int batchSize, Consumer<List<E>> writer) {
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.writer = writer;
    }

    /** False when the queue is full. */
    boolean offer(E entry) {
        if (!queue.offer(entry)) {
            return false;
        }
        offered.incrementAndGet();
        return true;
    }

    /** Waits up to {@code millis} for an entry, then writes everything waiting; a failed write throws. */
    void awaitAndWrite(long millis) throws InterruptedException {
        E first = queue.poll(millis, TimeUnit.MILLISECONDS);
        synchronized (this) {
            if (first != null) {
                pending.add(first);
            }
            writeAll();
        }
    }

    /** Writes everything waiting, in batches; on a failed write, what was not written stays and it throws. */
    synchronized void writeAll() {
        while (true) {
            queue.drainTo(pending, Math.max(0, batchSize - pending.size()));
            if (pending.isEmpty()) {
                return;
            }
            writer.accept(List.copyOf(pending));
            written += pending.size();
            pending.clear();
            notifyAll();
        }
    }

    /**
     * Writes everything offered before this call, including an entry a thread in {@link #awaitAndWrite} has taken from
     * the queue but not written yet, waiting up to {@code millis} for it; false when that time ran out.
     */
    synchronized boolean flush(long millis) {
        long target = offered.get();
        writeAll();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (written < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
