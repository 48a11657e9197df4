package io.ebbflow.sorter;

import static io.ebbflow.sorter.record.RecordFormat.HEADER_BYTES;

import io.ebbflow.sorter.group.CursorSortedGroups;
import io.ebbflow.sorter.memory.MemoryPool;
import io.ebbflow.sorter.merge.MergeCursor;
import io.ebbflow.sorter.record.RecordCursor;
import io.ebbflow.sorter.sort.SortBuffer;
import io.ebbflow.sorter.spill.RunReader;
import io.ebbflow.sorter.spill.RunWriter;
import io.ebbflow.sorter.spill.SpillFiles;
import io.ebbflow.sorter.spill.SpilledRun;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An external merge sorter of (key bytes, value bytes) records within a fixed memory budget; the
 * engine behind sorted inputs (FLIP-327, "sorted inputs": in the backlog phase a keyed operator
 * reads its input sorted by key, one key at a time, instead of keeping state for every key).
 *
 * <p><b>Order.</b> Keys compare as unsigned bytes, lexicographically; the caller makes keys
 * order-preserving ({@code io.ebbflow.sorter.encoding}). The sort is <em>stable</em>: values of
 * equal keys come out in the order they were added, across spills and merges.
 *
 * <p><b>Design.</b> As in Flink's {@code NormalizedKeySorter}, records are copied into fixed-size
 * pages and only an index of (8-byte normalized key prefix, pointer) pairs in a {@code long[]} is
 * sorted, by an in-place radix sort on the prefix; key bytes are compared only when prefixes tie.
 * No object per record. The budget is split into two sort buffers: when the one being filled is
 * full, the other's spill must have finished; the full one is then handed to an internal spill
 * thread, which sorts it and writes it as a run to a temp file, while {@code add} goes on filling
 * the other. {@link #finish()} merges the spilled runs and the last, in-memory buffer with a loser
 * tree, through read buffers taken from the same budget; if there are more runs than the fan-in,
 * intermediate passes merge consecutive runs first. Pages are allocated lazily, once, and reused
 * across {@link #reset()}.
 *
 * <p><b>Memory.</b> Everything long-lived counts against {@code memoryBytes}: pages, index arrays,
 * the spill write buffer, the merge read buffers and a key scratch buffer. The largest record
 * (8-byte header + key + value) is one page.
 *
 * <p><b>Threads and lifecycle.</b> One thread uses a sorter: {@code add}* → {@code finish} →
 * iterate and close the {@link SortedGroups} → {@code reset} → {@code add}* ... → {@code close}.
 * The spill thread is internal (a daemon, one per sorter, started at the first spill).
 * {@code add} blocks while a spill is still writing the other buffer.
 *
 * <p><b>Errors.</b> I/O failures raise {@link SpillException}, after which the sorter is failed
 * until {@link #reset()}; every spill file is deleted when no longer needed, on reset, on close and
 * at JVM exit.
 */
public final class ExternalSorter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalSorter.class);
    private static final AtomicInteger SORTER_IDS = new AtomicInteger();
    private static final int INDEX_ENTRY_BYTES = 16;
    private static final int MAX_INDEX_ENTRIES = (Integer.MAX_VALUE - 16) / 2;
    private static final int MIN_PAGES_PER_BUFFER = 2;

    private enum State { ACCEPTING, ITERATING, FAILED, CLOSED }

    private final int id = SORTER_IDS.incrementAndGet();
    private final MemoryPool pool;
    private final int pageSizeBytes;
    private final int maxFanIn;
    private final SpillFiles spillFiles;
    private final byte[] writeBuffer;
    private final byte[] keyScratch;
    private final Output output = new Output();

    private SortBuffer current;
    private SortBuffer spare;
    private State state = State.ACCEPTING;
    private Throwable failure;
    private ExecutorService spillExecutor;
    private Future<SpilledRun> pendingSpill;
    private List<SpilledRun> runs = new ArrayList<>();
    private int nextRunSequence;
    private CursorSortedGroups groups;

    private long recordsIn;
    private long bytesIn;
    private long mergePasses;
    private long mergeNanos;
    private final AtomicLong runsSpilled = new AtomicLong();
    private final AtomicLong bytesSpilled = new AtomicLong();
    private final AtomicLong sortNanos = new AtomicLong();
    private final AtomicLong spillNanos = new AtomicLong();

    private ExternalSorter(Builder builder) {
        long memoryBytes = builder.memoryBytes;
        int pageSize = builder.pageSizeBytes;
        this.pageSizeBytes = pageSize;
        this.maxFanIn = builder.maxFanIn;
        this.pool = new MemoryPool(memoryBytes, pageSize);

        long fixedBytes = 2L * pageSize;
        long perBuffer = (memoryBytes - fixedBytes) / 2;
        long entries = Math.min(MAX_INDEX_ENTRIES, (long) (perBuffer * builder.indexMemoryFraction) / INDEX_ENTRY_BYTES);
        long pages = Math.min(Integer.MAX_VALUE - 8, (perBuffer - entries * INDEX_ENTRY_BYTES) / pageSize);
        if (perBuffer <= 0 || entries < 1 || pages < MIN_PAGES_PER_BUFFER) {
            long minimum = fixedBytes + 2 * (long) Math.ceil((MIN_PAGES_PER_BUFFER * (double) pageSize + INDEX_ENTRY_BYTES)
                    / (1 - builder.indexMemoryFraction)) + 2 * INDEX_ENTRY_BYTES;
            throw new IllegalArgumentException("memoryBytes=" + memoryBytes + " is too small for pageSizeBytes=" + pageSize
                    + ": each of the two sort buffers needs at least " + MIN_PAGES_PER_BUFFER
                    + " pages and one index entry; use memoryBytes >= " + minimum + " or a smaller page size");
        }
        if (!pool.tryReserve(fixedBytes)) {
            throw new IllegalStateException("cannot reserve I/O buffers");
        }
        this.writeBuffer = new byte[pageSize];
        this.keyScratch = new byte[pageSize];
        this.current = new SortBuffer(pool, (int) pages, (int) entries);
        this.spare = new SortBuffer(pool, (int) pages, (int) entries);
        this.spillFiles = new SpillFiles(builder.tempDirectories);
        LOG.debug("Sorter {}: {} bytes, page {} bytes, 2 buffers of {} pages and {} index entries, fan-in {}",
                id, memoryBytes, pageSize, pages, entries, maxFanIn);
    }

    /** A builder; {@link Builder#memoryBytes(long)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The largest record accepted, in bytes, counting the 8-byte header plus key and value: the
     * page size.
     */
    public int maxRecordBytes() {
        return pageSizeBytes;
    }

    /**
     * Adds a record, copying key and value into the sorter's pages. May block while a spill frees
     * memory.
     *
     * @throws IllegalArgumentException  if {@code 8 + keyLength + valueLength > maxRecordBytes()}
     * @throws IndexOutOfBoundsException if an offset/length pair is outside its array
     * @throws IllegalStateException     after {@link #finish()} (until {@link #reset()}), after close or failure
     * @throws SpillException            if writing a spill failed
     */
    public void add(byte[] key, int keyOffset, int keyLength, byte[] value, int valueOffset, int valueLength) {
        if (state != State.ACCEPTING) {
            throw notAccepting();
        }
        Objects.checkFromIndexSize(keyOffset, keyLength, key.length);
        Objects.checkFromIndexSize(valueOffset, valueLength, value.length);
        long recordBytes = (long) HEADER_BYTES + keyLength + valueLength;
        if (recordBytes > pageSizeBytes) {
            throw recordTooLarge(recordBytes, "");
        }
        if (!current.tryAdd(key, keyOffset, keyLength, value, valueOffset, valueLength)
                && !spillCurrentAndSwap(false).tryAdd(key, keyOffset, keyLength, value, valueOffset, valueLength)) {
            throw new IllegalStateException("an empty sort buffer refused a record of " + recordBytes + " bytes");
        }
        recordsIn++;
        bytesIn += keyLength + valueLength;
    }

    /** Adds a record of a whole key array and a whole value array; see {@link #add(byte[], int, int, byte[], int, int)}. */
    public void add(byte[] key, byte[] value) {
        add(key, 0, key.length, value, 0, value.length);
    }

    /**
     * Adds a record that {@code writer} writes straight into the sorter's pages (key, then
     * {@link RecordOutput#endKey()}, then value). May block while a spill frees memory.
     *
     * @throws IllegalArgumentException if the record grows beyond {@link #maxRecordBytes()}
     * @throws IllegalStateException    if the writer does not call {@code endKey()} exactly once, or
     *                                  after {@link #finish()}, close or failure
     * @throws SpillException           if writing a spill failed
     */
    public void add(KeyAndValueWriter writer) {
        if (state != State.ACCEPTING) {
            throw notAccepting();
        }
        SortBuffer buffer = current;
        if (!buffer.beginRecord()) {
            buffer = spillCurrentAndSwap(false);
            if (!buffer.beginRecord()) {
                throw new IllegalStateException("an empty sort buffer refused a record");
            }
        }
        output.buffer = buffer;
        boolean committed = false;
        try {
            writer.write(output);
            int bytes = output.buffer.commitRecord();
            committed = true;
            recordsIn++;
            bytesIn += bytes;
        } finally {
            if (!committed) {
                output.buffer.abortRecord();
            }
            output.buffer = null;
        }
    }

    /**
     * Ends the input and returns the records sorted and grouped by key. Waits for a running spill,
     * runs intermediate merge passes if there are more runs than the fan-in, then returns a lazy
     * merge. No {@code add} until {@link #reset()}.
     *
     * @throws IllegalStateException if called twice without {@link #reset()}, after close or failure
     * @throws SpillException        if spilling or merging failed
     */
    public SortedGroups finish() {
        if (state != State.ACCEPTING) {
            throw notAccepting();
        }
        try {
            awaitPendingSpill();
            state = State.ITERATING;
            RecordCursor cursor;
            if (runs.isEmpty()) {
                sortTimed(current);
                cursor = current.cursor();
            } else {
                long start = System.nanoTime();
                spare.releasePages();
                int fanIn = (int) Math.min(maxFanIn, pool.availablePages());
                if (fanIn < 2) {
                    throw new IllegalStateException("only " + fanIn + " read pages left for merging");
                }
                int memoryRuns = current.isEmpty() ? 0 : 1;
                mergeUntil(fanIn - memoryRuns, fanIn);
                long setupStart = System.nanoTime();
                mergeNanos += setupStart - start;
                sortTimed(current);
                setupStart = System.nanoTime();
                RecordCursor[] sources = new RecordCursor[runs.size() + memoryRuns];
                try {
                    for (int i = 0; i < runs.size(); i++) {
                        sources[i] = new RunReader(runs.get(i), pool, "merging run " + runs.get(i).sequence());
                    }
                } catch (RuntimeException e) {
                    for (RecordCursor source : sources) {
                        if (source != null) {
                            source.close();
                        }
                    }
                    throw e;
                }
                if (memoryRuns == 1) {
                    sources[sources.length - 1] = current.cursor();
                }
                cursor = new MergeCursor(sources);
                mergePasses++;
                mergeNanos += System.nanoTime() - setupStart;
            }
            groups = new CursorSortedGroups(cursor, keyScratch, this::onGroupsClosed);
            return groups;
        } catch (RuntimeException | Error e) {
            fail(e);
            throw e;
        }
    }

    /**
     * Discards all input and output and accepts input again, keeping the allocated pages. Closes
     * the current {@link SortedGroups}, waits for a running spill, deletes spill files. Also
     * recovers a failed sorter.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public void reset() {
        if (state == State.CLOSED) {
            throw new IllegalStateException("sorter is closed");
        }
        closeGroupsQuietly();
        awaitPendingSpillQuietly();
        spillFiles.deleteAll();
        runs = new ArrayList<>();
        current.clear();
        spare.clear();
        failure = null;
        state = State.ACCEPTING;
    }

    /** A snapshot of the counters; cheap, callable any time, also after close. */
    public SorterMetrics metrics() {
        return new SorterMetrics(recordsIn, bytesIn, runsSpilled.get(), bytesSpilled.get(), mergePasses,
                sortNanos.get(), spillNanos.get(), mergeNanos, pool.budgetBytes(), pool.reservedBytes(),
                pool.peakReservedBytes());
    }

    /** The spill files that exist now (for tests and diagnostics). */
    public List<Path> spillFiles() {
        return spillFiles.liveFiles();
    }

    /**
     * Stops the spill thread, deletes all spill files and drops the memory. Idempotent; the
     * {@link SortedGroups} of this sorter must not be used afterwards.
     */
    @Override
    public void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        try {
            closeGroupsQuietly();
            awaitPendingSpillQuietly();
            if (spillExecutor != null) {
                spillExecutor.shutdownNow();
            }
        } finally {
            spillFiles.deleteAll();
            runs = new ArrayList<>();
            current.clear();
            spare.clear();
            pool.releaseAll();
        }
    }

    // ---------------------------------------------------------------- spilling

    private SortBuffer spillCurrentAndSwap(boolean carryRecordInProgress) {
        try {
            awaitPendingSpill();
            SortBuffer full = current;
            SortBuffer next = spare;
            if (carryRecordInProgress) {
                full.moveRecordInProgressTo(next);
            }
            int sequence = nextRunSequence++;
            pendingSpill = spillExecutor().submit(() -> spill(full, sequence));
            current = next;
            spare = full;
            return next;
        } catch (RuntimeException | Error e) {
            fail(e);
            throw e;
        }
    }

    /** Runs on the spill thread. */
    private SpilledRun spill(SortBuffer buffer, int sequence) {
        long start = System.nanoTime();
        buffer.sort();
        long sorted = System.nanoTime();
        sortNanos.addAndGet(sorted - start);
        String purpose = "spilling run " + sequence + " (" + buffer.entries() + " records, "
                + buffer.recordBytes() + " bytes) of sorter " + id;
        Path file = spillFiles.create(purpose);
        SpilledRun run;
        try (RunWriter writer = new RunWriter(file, writeBuffer, purpose)) {
            buffer.writeTo(writer);
            run = writer.finish(sequence);
        } catch (RuntimeException | Error e) {
            spillFiles.delete(file);
            throw e;
        }
        buffer.clear();
        runsSpilled.incrementAndGet();
        bytesSpilled.addAndGet(run.bytes());
        spillNanos.addAndGet(System.nanoTime() - sorted);
        LOG.debug("Sorter {} spilled run {}: {} records, {} bytes to {}", id, sequence, run.records(), run.bytes(), file);
        return run;
    }

    private ExecutorService spillExecutor() {
        if (spillExecutor == null) {
            spillExecutor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "ebbflow-sorter-" + id + "-spill");
                t.setDaemon(true);
                return t;
            });
        }
        return spillExecutor;
    }

    private void awaitPendingSpill() {
        Future<SpilledRun> spill = pendingSpill;
        if (spill == null) {
            return;
        }
        pendingSpill = null;
        try {
            runs.add(spill.get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SpillException spillException) {
                throw new SpillException(spillException.getMessage(), spillException);
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("spill of sorter " + id + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpillException("Interrupted while waiting for a spill of sorter " + id + " to finish", e);
        }
    }

    private void awaitPendingSpillQuietly() {
        Future<SpilledRun> spill = pendingSpill;
        if (spill == null) {
            return;
        }
        pendingSpill = null;
        boolean interrupted = false;
        while (true) {
            try {
                runs.add(spill.get());
                break;
            } catch (ExecutionException e) {
                LOG.debug("Sorter {}: discarding failed spill: {}", id, e.getCause().toString());
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- merging

    /**
     * Merges groups of up to {@code fanIn} consecutive runs (consecutive, so that equal keys keep
     * their order), in passes, until at most {@code maxRuns} remain.
     */
    private void mergeUntil(int maxRuns, int fanIn) {
        while (runs.size() > Math.max(1, maxRuns)) {
            List<SpilledRun> merged = new ArrayList<>((runs.size() + fanIn - 1) / fanIn);
            for (int from = 0; from < runs.size(); from += fanIn) {
                List<SpilledRun> group = runs.subList(from, Math.min(runs.size(), from + fanIn));
                merged.add(group.size() == 1 ? group.get(0) : mergeRuns(group));
            }
            runs = merged;
            mergePasses++;
        }
    }

    private SpilledRun mergeRuns(List<SpilledRun> group) {
        int sequence = group.get(0).sequence();
        String purpose = "merging runs " + sequence + ".." + group.get(group.size() - 1).sequence() + " of sorter " + id;
        RecordCursor[] readers = new RecordCursor[group.size()];
        Path file = null;
        SpilledRun out;
        MergeCursor merge = null;
        try {
            for (int i = 0; i < readers.length; i++) {
                readers[i] = new RunReader(group.get(i), pool, purpose);
            }
            merge = new MergeCursor(readers);
            file = spillFiles.create(purpose);
            try (RunWriter writer = new RunWriter(file, writeBuffer, purpose)) {
                while (merge.advance()) {
                    writer.writeRecord(merge.keyBuffer(), merge.keyOffset() - HEADER_BYTES,
                            HEADER_BYTES + merge.keyLength() + merge.valueLength());
                }
                out = writer.finish(sequence);
            }
        } catch (RuntimeException | Error e) {
            if (file != null) {
                spillFiles.delete(file);
            }
            throw e;
        } finally {
            if (merge != null) {
                merge.close();
            } else {
                for (RecordCursor reader : readers) {
                    if (reader != null) {
                        reader.close();
                    }
                }
            }
        }
        for (SpilledRun run : group) {
            spillFiles.delete(run.file());
        }
        bytesSpilled.addAndGet(out.bytes());
        return out;
    }

    private void sortTimed(SortBuffer buffer) {
        long start = System.nanoTime();
        buffer.sort();
        sortNanos.addAndGet(System.nanoTime() - start);
    }

    private void onGroupsClosed() {
        for (SpilledRun run : runs) {
            spillFiles.delete(run.file());
        }
        runs = new ArrayList<>();
        groups = null;
    }

    private void closeGroupsQuietly() {
        CursorSortedGroups open = groups;
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.warn("Sorter {}: failed to close sorted output: {}", id, e.toString());
            }
            groups = null;
        }
    }

    // ---------------------------------------------------------------- errors

    private void fail(Throwable cause) {
        if (state != State.CLOSED) {
            state = State.FAILED;
            failure = cause;
        }
    }

    private IllegalStateException notAccepting() {
        switch (state) {
            case ITERATING:
                return new IllegalStateException("sorter " + id + " is finished; call reset() before adding again");
            case CLOSED:
                return new IllegalStateException("sorter " + id + " is closed");
            default:
                return new IllegalStateException("sorter " + id + " failed earlier; call reset() or close()", failure);
        }
    }

    private IllegalArgumentException recordTooLarge(long recordBytes, String atLeast) {
        return new IllegalArgumentException("Record of " + atLeast + recordBytes
                + " bytes (8-byte header + key + value) exceeds the limit of " + pageSizeBytes
                + " bytes per record (the page size); raise pageSizeBytes to sort larger records");
    }

    /** The {@link RecordOutput} handed to {@link KeyAndValueWriter}s: delegates to the buffer being filled. */
    private final class Output implements RecordOutput {
        private SortBuffer buffer;

        @Override
        public void writeByte(int value) {
            SortBuffer b = buffer;
            if (!b.hasRoom(1)) {
                b = makeRoom(1);
            }
            b.putByte(value);
        }

        @Override
        public void writeIntBigEndian(int value) {
            SortBuffer b = buffer;
            if (!b.hasRoom(4)) {
                b = makeRoom(4);
            }
            b.putIntBigEndian(value);
        }

        @Override
        public void writeLongBigEndian(long value) {
            SortBuffer b = buffer;
            if (!b.hasRoom(8)) {
                b = makeRoom(8);
            }
            b.putLongBigEndian(value);
        }

        @Override
        public void writeLong(long value) {
            SortBuffer b = buffer;
            if (!b.hasRoom(8)) {
                b = makeRoom(8);
            }
            b.putLong(value);
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, source.length);
            SortBuffer b = buffer;
            if (!b.hasRoom(length)) {
                b = makeRoom(length);
            }
            b.putBytes(source, offset, length);
        }

        @Override
        public void endKey() {
            buffer.endKey();
        }

        private SortBuffer makeRoom(int bytes) {
            SortBuffer b = buffer;
            long size = (long) b.recordInProgressBytes() + bytes;
            if (size > pageSizeBytes) {
                b.abortRecord();
                throw recordTooLarge(size, "at least ");
            }
            if (!b.tryMoveRecordToNewPage(bytes)) {
                b = spillCurrentAndSwap(true);
                buffer = b;
            }
            return b;
        }
    }

    /**
     * Builds an {@link ExternalSorter}. Not thread-safe.
     */
    public static final class Builder {
        private long memoryBytes = -1;
        private int pageSizeBytes = SorterOptions.DEFAULT_PAGE_SIZE_BYTES;
        private List<Path> tempDirectories = List.of(Paths.get(System.getProperty("java.io.tmpdir")));
        private int maxFanIn = SorterOptions.DEFAULT_MAX_FAN_IN;
        private double indexMemoryFraction = SorterOptions.DEFAULT_INDEX_MEMORY_FRACTION;

        private Builder() {
        }

        /**
         * Total memory budget in bytes: pages, index, spill and merge buffers. Required. Must leave
         * each of the two sort buffers at least 2 pages (see the message of {@link #build()}).
         */
        public Builder memoryBytes(long memoryBytes) {
            if (memoryBytes <= 0) {
                throw new IllegalArgumentException("memoryBytes must be > 0, was " + memoryBytes);
            }
            this.memoryBytes = memoryBytes;
            return this;
        }

        /**
         * Page size in bytes, a power of two between {@value SorterOptions#MIN_PAGE_SIZE_BYTES} and
         * {@value SorterOptions#MAX_PAGE_SIZE_BYTES}; also the largest record. Default
         * {@value SorterOptions#DEFAULT_PAGE_SIZE_BYTES}.
         */
        public Builder pageSizeBytes(int pageSizeBytes) {
            if (pageSizeBytes < SorterOptions.MIN_PAGE_SIZE_BYTES || pageSizeBytes > SorterOptions.MAX_PAGE_SIZE_BYTES
                    || Integer.bitCount(pageSizeBytes) != 1) {
                throw new IllegalArgumentException("pageSizeBytes must be a power of two in ["
                        + SorterOptions.MIN_PAGE_SIZE_BYTES + ", " + SorterOptions.MAX_PAGE_SIZE_BYTES + "], was " + pageSizeBytes);
            }
            this.pageSizeBytes = pageSizeBytes;
            return this;
        }

        /**
         * Directories for spill files, used in rotation; created if missing. Default: {@code java.io.tmpdir}.
         */
        public Builder tempDirectories(List<Path> tempDirectories) {
            if (tempDirectories.isEmpty()) {
                throw new IllegalArgumentException("tempDirectories must not be empty");
            }
            this.tempDirectories = List.copyOf(tempDirectories);
            return this;
        }

        /** Most runs merged at once, &gt;= 2. Default {@value SorterOptions#DEFAULT_MAX_FAN_IN}. */
        public Builder maxFanIn(int maxFanIn) {
            if (maxFanIn < 2) {
                throw new IllegalArgumentException("maxFanIn must be >= 2, was " + maxFanIn);
            }
            this.maxFanIn = maxFanIn;
            return this;
        }

        /**
         * Share of each sort buffer's memory given to the index, in (0, 1). Default
         * {@value SorterOptions#DEFAULT_INDEX_MEMORY_FRACTION}; see {@link SorterOptions}.
         */
        public Builder indexMemoryFraction(double indexMemoryFraction) {
            if (!(indexMemoryFraction > 0 && indexMemoryFraction < 1)) {
                throw new IllegalArgumentException("indexMemoryFraction must be in (0, 1), was " + indexMemoryFraction);
            }
            this.indexMemoryFraction = indexMemoryFraction;
            return this;
        }

        /**
         * @throws IllegalArgumentException if no memory budget was set or it is too small for the page size
         */
        public ExternalSorter build() {
            if (memoryBytes < 0) {
                throw new IllegalArgumentException("memoryBytes must be set");
            }
            return new ExternalSorter(this);
        }
    }
}
