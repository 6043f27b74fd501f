package com.oneprice.verification;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingWritesTest {

    /** Writes batches into {@code written}, failing the first {@code failures} times. */
    private static final class FlakyWriter {
        final List<List<Integer>> written = new ArrayList<>();
        int failures;

        FlakyWriter(int failures) {
            this.failures = failures;
        }

        void write(List<Integer> batch) {
            if (failures-- > 0) {
                throw new IllegalStateException("database unreachable");
            }
            written.add(batch);
        }

        List<Integer> all() {
            return written.stream().flatMap(List::stream).toList();
        }
    }

    @Test
    void a_batch_that_failed_is_written_later_once_and_in_order() throws InterruptedException {
        FlakyWriter writer = new FlakyWriter(1);
        PendingWrites<Integer> pending = new PendingWrites<>(100, 10, writer::write);
        IntStream.range(0, 3).forEach(pending::offer);

        assertThrows(IllegalStateException.class, () -> pending.awaitAndWrite(10));
        assertTrue(writer.all().isEmpty());
        pending.offer(3);
        pending.awaitAndWrite(10);

        assertEquals(List.of(0, 1, 2, 3), writer.all());
        pending.writeAll();
        assertEquals(4, writer.all().size(), "nothing is written twice");
    }

    @Test
    void everything_waiting_is_written_in_batches_of_the_given_size() {
        FlakyWriter writer = new FlakyWriter(0);
        PendingWrites<Integer> pending = new PendingWrites<>(100, 4, writer::write);
        IntStream.range(0, 10).forEach(pending::offer);

        pending.writeAll();

        assertEquals(List.of(4, 4, 2), writer.written.stream().map(List::size).toList());
        assertEquals(IntStream.range(0, 10).boxed().toList(), writer.all());
    }

    @Test
    void a_flush_returns_only_when_what_was_offered_is_written_even_by_the_writer_thread() throws Exception {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        PendingWrites<Integer> pending = new PendingWrites<>(1000, 10, written::addAll);
        Thread writerThread = new Thread(() -> {
            try {
                while (true) {
                    pending.awaitAndWrite(1);
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        });
        writerThread.start();
        try {
            for (int round = 1; round <= 2000; round++) {
                pending.offer(round);
                assertTrue(pending.flush(5_000));
                assertEquals(round, written.size(), "after flush number " + round);
            }
        } finally {
            writerThread.interrupt();
            writerThread.join();
        }
    }

    @Test
    void a_full_queue_refuses_an_entry_instead_of_blocking_the_caller() {
        PendingWrites<Integer> pending = new PendingWrites<>(2, 10, batch -> { });
        assertTrue(pending.offer(1));
        assertTrue(pending.offer(2));
        assertFalse(pending.offer(3));
    }
}
