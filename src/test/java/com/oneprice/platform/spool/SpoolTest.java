package com.oneprice.platform.spool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpoolTest {

    private static final long MAX = 64 * 1024;

    @TempDir
    Path dir;

    private final List<Spool> opened = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (Spool spool : opened) {
            spool.close();
        }
    }

    private Spool open(long maxBytes) throws IOException {
        Spool spool = Spool.open(dir, maxBytes);
        opened.add(spool);
        return spool;
    }

    private static byte[] record(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Everything the spool hands out until it has nothing more, releasing as a consumer does. */
    private static List<String> drain(Spool spool, boolean release) throws Exception {
        List<String> read = new ArrayList<>();
        while (true) {
            Spool.Batch batch = spool.next(7, 50);
            if (batch.isEmpty()) {
                return read;
            }
            batch.records().forEach(r -> read.add(new String(r, StandardCharsets.UTF_8)));
            if (release) {
                spool.release(batch.end());
            }
        }
    }

    @Test
    void records_are_handed_out_in_the_order_they_were_appended() throws Exception {
        Spool spool = open(MAX);
        for (int i = 0; i < 100; i++) {
            spool.append(record("r" + i));
        }
        assertEquals(IntStream.range(0, 100).mapToObj(i -> "r" + i).toList(), drain(spool, true));
    }

    @Test
    void concurrent_appends_are_all_kept() throws Exception {
        Spool spool = open(1 << 20);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> appends = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                byte[] r = record("c" + i);
                appends.add(threads.submit(() -> {
                    spool.append(r);
                    return null;
                }));
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            threads.shutdown();
        }
        List<String> read = drain(spool, true);
        assertEquals(2000, read.size());
        assertEquals(2000, read.stream().distinct().count());
    }

    @Test
    void a_reopened_spool_hands_out_again_what_was_not_released() throws Exception {
        Spool first = Spool.open(dir, MAX);
        for (int i = 0; i < 1000; i++) {
            first.append(record("kept-" + i));
        }
        Spool.Batch batch = first.next(10, 50);
        first.release(batch.end());
        first.close();

        List<String> again = drain(open(MAX), true);

        List<String> unreleased = IntStream.range(10, 1000).mapToObj(i -> "kept-" + i).toList();
        assertEquals(unreleased, again.subList(again.size() - unreleased.size(), again.size()));
    }

    @Test
    void a_spool_whose_records_were_all_released_is_empty_after_it_is_closed() throws Exception {
        Spool first = Spool.open(dir, MAX);
        first.append(record("done"));
        drain(first, true);
        first.close();

        Spool again = open(MAX);
        assertEquals(List.of(), drain(again, true));
        assertEquals(0, again.size());
        assertEquals(List.of(), segmentFiles());
    }

    @Test
    void released_segments_are_deleted() throws Exception {
        Spool spool = open(MAX);
        for (int i = 0; i < 2000; i++) {
            spool.append(record("x".repeat(20)));
        }
        assertTrue(segmentFiles().size() > 2, "segments: " + segmentFiles());
        drain(spool, true);
        assertEquals(1, segmentFiles().size(), "the segment being written stays");
        assertTrue(spool.size() <= MAX / 8 + 100, "size: " + spool.size());
    }

    @Test
    void a_full_spool_refuses_a_record_and_takes_records_again_once_released() throws Exception {
        Spool spool = open(MAX);
        byte[] record = new byte[1000];
        int taken = 0;
        while (true) {
            try {
                spool.append(record);
                taken++;
            } catch (Spool.Full full) {
                break;
            }
        }
        assertTrue(taken > 50 && (long) taken * 1008 <= MAX, "taken: " + taken);
        assertThrows(Spool.Full.class, () -> spool.append(record));

        drain(spool, true);
        spool.append(record);
    }

    @Test
    void a_record_torn_by_a_crash_ends_its_segment_and_the_records_before_it_are_kept() throws Exception {
        Path segment = closedSegmentOf("before-1", "before-2");
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 50, 1, 2, 3, 4, 'h', 'a'}));
        }

        Spool spool = open(MAX);
        spool.append(record("after"));

        assertEquals(List.of("before-1", "before-2", "after"), drain(spool, true));
    }

    @Test
    void a_record_whose_checksum_does_not_match_is_not_handed_out() throws Exception {
        Path segment = closedSegmentOf("good", "flipped");
        byte[] bytes = Files.readAllBytes(segment);
        bytes[bytes.length - 1] ^= 1;
        Files.write(segment, bytes);

        assertEquals(List.of("good"), drain(open(MAX), true));
    }

    @Test
    void a_second_spool_on_the_same_directory_is_refused() throws Exception {
        open(MAX);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Spool.open(dir, MAX));
        assertTrue(refused.getMessage().contains("in use"), refused.getMessage());
    }

    @Test
    void a_closed_spool_refuses_appends() throws Exception {
        Spool spool = Spool.open(dir, MAX);
        spool.close();
        assertThrows(IOException.class, () -> spool.append(record("late")));
    }

    /** The one segment of a spool that kept these records and was closed, as a crash or a stop leaves it. */
    private Path closedSegmentOf(String... records) throws Exception {
        Spool first = Spool.open(dir, MAX);
        for (String r : records) {
            first.append(record(r));
        }
        first.close();
        return segmentFiles().get(0);
    }

    private List<Path> segmentFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".spool")).sorted().toList();
        }
    }
}
