package com.oneprice.platform.spool;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * A durable local queue of records in one directory: {@link #append} returns only once the record is on disk, so
 * what a caller acknowledges after it survives a SIGKILL of the JVM and a crash of the machine. Records go to
 * append-only segment files; one thread writes everything appended meanwhile and fsyncs it as a group, so a hundred
 * concurrent appends cost one fsync, not a hundred. The spool is bounded in bytes: when it is full, append refuses
 * rather than keep what it cannot. One consumer reads the records in order ({@link #next}) and {@link #release}s
 * them once they are kept elsewhere; whole released segments are deleted. A spool opened again hands out every
 * record that was not released, so the consumer's store must ignore a record it already has.
 *
 * <p>A segment is a sequence of {@code [length:int][crc32c:int][payload]}. A record torn by a crash fails its
 * checksum and ends its segment; it was never acknowledged, because its fsync had not returned.
 */
public final class Spool implements AutoCloseable {

    /** The spool holds {@code maxBytes} already: the record was not taken. */
    public static final class Full extends Exception {
        Full(String message) {
            super(message);
        }
    }

    /** Just after a record: a segment file and an offset in it. */
    public record Position(long segment, long offset) implements Comparable<Position> {
        @Override
        public int compareTo(Position other) {
            return segment != other.segment ? Long.compare(segment, other.segment) : Long.compare(offset, other.offset);
        }
    }

    /** Records in the order they were appended, and the position just after the last of them. */
    public record Batch(List<byte[]> records, Position end) {
        public boolean isEmpty() {
            return records.isEmpty();
        }
    }

    private static final Logger LOG = Logger.getLogger(Spool.class);
    private static final String SUFFIX = ".spool";
    private static final int HEADER = 8;
    static final int MAX_RECORD = 1 << 20;
    private static final int READ_CHUNK = 256 * 1024;

    /** An append waiting for its group's fsync; guarded by the spool's lock. */
    private static final class Pending {
        final byte[] record;
        boolean done;
        IOException failure;

        Pending(byte[] record) {
            this.record = record;
        }
    }

    private final Path directory;
    private final long maxBytes;
    private final long segmentBytes;
    private final FileChannel ownerChannel;
    private final FileLock owner;
    private final Thread syncer;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition appended = lock.newCondition();
    private final Condition synced = lock.newCondition();
    /** Segment number → bytes on disk, oldest first; guarded by {@code lock}. */
    private final TreeMap<Long, Long> segments = new TreeMap<>();
    /** Guarded by {@code lock}. */
    private List<Pending> waiting = new ArrayList<>();
    /** On disk and waiting to be written; guarded by {@code lock}. */
    private long bytes;
    /**
     * The end of what is on disk, in the segment being written; every segment numbered below it is complete. Guarded
     * by {@code lock}.
     */
    private Position durable;
    /** Guarded by {@code lock}. */
    private Position released;
    /** Guarded by {@code lock}. */
    private boolean closed;

    /** The segment being appended to; only the syncer thread touches these. */
    private FileChannel active;
    private long activeSize;

    /** The consumer's place; only the consumer touches these. */
    private Position cursor;
    private FileChannel reading;
    private long readingSegment = -1;

    private Spool(Path directory, long maxBytes, FileChannel ownerChannel, FileLock owner) throws IOException {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.segmentBytes = Math.max(4096, Math.min(1 << 20, maxBytes / 8));
        this.ownerChannel = ownerChannel;
        this.owner = owner;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                segments.put(number(file), Files.size(file));
            }
        }
        bytes = segments.values().stream().mapToLong(Long::longValue).sum();
        long first = segments.isEmpty() ? 1 : segments.firstKey();
        long next = segments.isEmpty() ? 1 : segments.lastKey() + 1;
        // Appends after a restart start a segment of their own; the ones found are complete or end torn.
        durable = new Position(next, 0);
        released = new Position(first, 0);
        cursor = released;
        syncer = new Thread(this::syncLoop, "spool-sync " + directory.getFileName());
        syncer.setDaemon(true);
        syncer.start();
    }

    /**
     * Opens the spool in {@code directory} (created when missing) holding at most {@code maxBytes}. A directory whose
     * spool another process (or another open spool) holds is refused: two writers would corrupt it.
     */
    public static Spool open(Path directory, long maxBytes) throws IOException {
        if (maxBytes < 16 * 1024) {
            throw new IllegalArgumentException("a spool needs at least 16 KiB, not " + maxBytes + " bytes");
        }
        Path dir = directory.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock owner;
        try {
            owner = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            owner = null;
        }
        if (owner == null) {
            channel.close();
            throw new IllegalStateException("the spool " + dir + " is in use by another running pricing service; "
                    + "give each instance its own data directory");
        }
        Spool spool = new Spool(dir, maxBytes, channel, owner);
        if (spool.bytes > 0) {
            LOG.infof("spool %s holds %d bytes from an earlier run; they are handed out again", dir, spool.bytes);
        }
        return spool;
    }

    /**
     * Appends a record and returns once it is on disk. Throws {@link Full} when the spool holds {@code maxBytes}
     * already, and IOException when it cannot be written: in both cases the record is not kept.
     */
    public void append(byte[] record) throws Full, IOException, InterruptedException {
        if (record.length > MAX_RECORD) {
            throw new IllegalArgumentException("a spool record holds at most " + MAX_RECORD + " bytes");
        }
        Pending pending = new Pending(record);
        lock.lock();
        try {
            if (closed) {
                throw new IOException("the spool " + directory + " is closed");
            }
            long size = HEADER + record.length;
            if (bytes + size > maxBytes) {
                throw new Full("the spool " + directory + " holds " + bytes + " of its " + maxBytes + " bytes");
            }
            bytes += size;
            waiting.add(pending);
            appended.signal();
            while (!pending.done) {
                synced.await();
            }
        } finally {
            lock.unlock();
        }
        if (pending.failure != null) {
            throw new IOException("could not write to the spool " + directory, pending.failure);
        }
    }

    /**
     * The next records after those already handed out, at most {@code max}, waiting up to {@code waitMillis} for one;
     * an empty batch when none came. For one consumer: it releases what it has kept and asks again.
     */
    public Batch next(int max, long waitMillis) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        while (true) {
            long limit;
            boolean complete;
            lock.lock();
            try {
                Map.Entry<Long, Long> segment = segments.ceilingEntry(cursor.segment());
                if (segment != null && segment.getKey() > cursor.segment()) {
                    cursor = new Position(segment.getKey(), 0);
                }
                complete = cursor.segment() < durable.segment();
                Long size = segments.get(cursor.segment());
                if (complete && size == null) {
                    cursor = new Position(cursor.segment() + 1, 0);
                    continue;
                }
                limit = complete ? size : durable.offset();
                if (!complete && cursor.offset() >= limit) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return new Batch(List.of(), cursor);
                    }
                    synced.awaitNanos(left);
                    continue;
                }
            } finally {
                lock.unlock();
            }
            List<byte[]> records = new ArrayList<>();
            read(limit, complete, max, records);
            if (!records.isEmpty()) {
                return new Batch(records, cursor);
            }
        }
    }

    /**
     * Reads records of the cursor's segment up to {@code limit}, at least one unless the segment ends there; at the
     * end of a complete segment, moves on to the next.
     */
    private void read(long limit, boolean complete, int max, List<byte[]> records) throws IOException {
        long offset = cursor.offset();
        String damage = null;
        if (offset < limit) {
            if (readingSegment != cursor.segment()) {
                if (reading != null) {
                    reading.close();
                }
                reading = FileChannel.open(file(cursor.segment()), StandardOpenOption.READ);
                readingSegment = cursor.segment();
            }
            ByteBuffer chunk = readAt(offset, (int) Math.min(limit - offset, HEADER));
            int first = chunk.remaining() < HEADER ? -1 : chunk.getInt(0);
            if (first < 0 || first > MAX_RECORD) {
                damage = chunk.remaining() < HEADER ? "an incomplete record" : "a record of impossible length " + first;
            } else {
                chunk = readAt(offset, (int) Math.min(limit - offset, Math.max(READ_CHUNK, HEADER + first)));
            }
            while (damage == null && records.size() < max && chunk.hasRemaining()) {
                if (chunk.remaining() < HEADER) {
                    damage = offset + HEADER > limit ? "an incomplete record" : null;
                    break;
                }
                int length = chunk.getInt(chunk.position());
                int crc = chunk.getInt(chunk.position() + 4);
                if (length < 0 || length > MAX_RECORD) {
                    damage = "a record of impossible length " + length;
                } else if (offset + HEADER + length > limit) {
                    damage = "an incomplete record";
                } else if (chunk.remaining() >= HEADER + length) {
                    byte[] record = new byte[length];
                    chunk.position(chunk.position() + HEADER).get(record);
                    if (crc(record) != crc) {
                        damage = "a record whose checksum does not match";
                    } else {
                        records.add(record);
                        offset += HEADER + length;
                    }
                } else {
                    break;
                }
            }
        }
        if (damage != null) {
            // Only a record whose fsync never returned can be torn, so nothing acknowledged is skipped here.
            LOG.warnf("spool segment %s ends in %s at offset %d; the %d bytes from there are skipped",
                    file(cursor.segment()), damage, offset, limit - offset);
            offset = limit;
        }
        cursor = new Position(cursor.segment(), offset);
        if (complete && offset >= limit) {
            cursor = new Position(cursor.segment() + 1, 0);
        }
    }

    private ByteBuffer readAt(long offset, int size) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(size);
        while (chunk.hasRemaining() && reading.read(chunk, offset + chunk.position()) > 0) {
            // until the chunk is full or the file ends
        }
        return chunk.flip();
    }

    /** Everything before {@code upTo} is kept elsewhere: segments wholly before it are deleted. */
    public void release(Position upTo) throws IOException {
        lock.lock();
        try {
            while (!segments.isEmpty() && segments.firstKey() < upTo.segment()) {
                Map.Entry<Long, Long> oldest = segments.pollFirstEntry();
                Files.deleteIfExists(file(oldest.getKey()));
                bytes -= oldest.getValue();
            }
            if (upTo.compareTo(released) > 0) {
                released = upTo;
            }
        } finally {
            lock.unlock();
        }
    }

    /** The end of what has been appended so far. */
    public Position end() {
        return locked(() -> durable);
    }

    /** Bytes on disk and waiting for it. */
    public long size() {
        return locked(() -> bytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Writes what is waiting and stops. When everything appended was released, the segments are deleted: a spool
     * closed after its consumer caught up leaves nothing to hand out again.
     */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            appended.signal();
        } finally {
            lock.unlock();
        }
        try {
            syncer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (active != null) {
                active.close();
            }
            if (reading != null) {
                reading.close();
            }
            lock.lock();
            try {
                if (released.compareTo(durable) >= 0) {
                    for (Long segment : segments.keySet()) {
                        Files.deleteIfExists(file(segment));
                    }
                    segments.clear();
                    bytes = 0;
                }
            } finally {
                lock.unlock();
            }
        } finally {
            owner.release();
            ownerChannel.close();
        }
    }

    private void syncLoop() {
        while (true) {
            List<Pending> group;
            lock.lock();
            try {
                while (waiting.isEmpty() && !closed) {
                    appended.awaitUninterruptibly();
                }
                if (waiting.isEmpty()) {
                    return;
                }
                group = waiting;
                waiting = new ArrayList<>();
            } finally {
                lock.unlock();
            }
            IOException failure = null;
            try {
                write(group);
            } catch (IOException e) {
                failure = e;
                abandonActive();
            }
            lock.lock();
            try {
                if (failure == null) {
                    segments.put(durable.segment(), activeSize);
                    durable = new Position(durable.segment(), activeSize);
                } else {
                    for (Pending pending : group) {
                        bytes -= HEADER + pending.record.length;
                    }
                }
                for (Pending pending : group) {
                    pending.failure = failure;
                    pending.done = true;
                }
                synced.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Writes a group to the active segment (a new one once it is full) and fsyncs it. */
    private void write(List<Pending> group) throws IOException {
        if (active == null || activeSize >= segmentBytes) {
            startSegment();
        }
        int size = 0;
        for (Pending pending : group) {
            size += HEADER + pending.record.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        for (Pending pending : group) {
            buffer.putInt(pending.record.length).putInt(crc(pending.record)).put(pending.record);
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
            active.write(buffer, activeSize + buffer.position());
        }
        active.force(false);
        activeSize += size;
    }

    private void startSegment() throws IOException {
        if (active != null) {
            active.close();
            active = null;
        }
        long number = locked(() -> activeSize > 0 || segments.containsKey(durable.segment()) ? durable.segment() + 1
                : durable.segment());
        FileChannel channel = FileChannel.open(file(number), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        // the new file's name must reach the disk too, or a crash could lose the whole segment
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            channel.close();
            Files.deleteIfExists(file(number));
            throw e;
        }
        active = channel;
        activeSize = 0;
        lock.lock();
        try {
            segments.put(number, 0L);
            durable = new Position(number, 0);
        } finally {
            lock.unlock();
        }
    }

    /**
     * After a failed write or fsync nothing in the active segment past its last fsync can be trusted, and the kernel
     * may have dropped the pages it could not write: the next group starts a new segment, and this one is cut back to
     * what was acknowledged.
     */
    private void abandonActive() {
        if (active == null) {
            return;
        }
        try {
            long acknowledged = locked(() -> durable.offset());
            active.truncate(acknowledged);
            activeSize = acknowledged;
        } catch (IOException e) {
            LOG.errorf(e, "could not cut back the spool segment after a failed write");
        }
        try {
            active.close();
        } catch (IOException e) {
            LOG.debug("closing an abandoned spool segment", e);
        }
        active = null;
    }

    /** What {@code read} makes of the state {@code lock} guards, read under it. */
    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private Path file(long segment) {
        return directory.resolve("%019d%s".formatted(segment, SUFFIX));
    }

    private static long number(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
    }

    private static int crc(byte[] record) {
        CRC32C crc = new CRC32C();
        crc.update(record);
        return (int) crc.getValue();
    }
}
