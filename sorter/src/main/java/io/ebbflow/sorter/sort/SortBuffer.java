package io.ebbflow.sorter.sort;

import static io.ebbflow.sorter.record.RecordFormat.HEADER_BYTES;

import io.ebbflow.sorter.memory.MemoryPool;
import io.ebbflow.sorter.record.RecordCursor;
import io.ebbflow.sorter.record.RecordFormat;
import io.ebbflow.sorter.spill.RunWriter;
import java.util.Arrays;

/**
 * One in-memory sort buffer, after Flink's {@code NormalizedKeySorter}: records are appended to
 * fixed-size pages taken from a {@link MemoryPool}; an index of (8-byte normalized key prefix,
 * length class and pointer) pairs in one {@code long[]} is what gets sorted, so sorting compares
 * longs and only touches record bytes for keys longer than 8 bytes whose prefixes tie.
 *
 * <p>A record never spans pages, so the largest record (header, key and value) is one page. Pages
 * are kept across {@link #clear()}; the index grows by doubling up to its planned capacity and is
 * kept too.
 *
 * <p>Not thread-safe. The owning sorter fills it on the caller thread and hands it to the spill
 * thread to sort and write; the hand-off is the happens-before edge.
 */
public final class SortBuffer {

    static final long POINTER_MASK = (1L << 56) - 1;
    private static final int INITIAL_INDEX_ENTRIES = 1024;
    private static final long[] EMPTY_INDEX = new long[0];

    private final MemoryPool pool;
    private final int pageSize;
    private final int pageShift;
    private final int pageMask;
    private final int maxPages;
    private final int maxEntries;
    private final byte[][] pages;
    private final IndexSorter indexSorter = new IndexSorter(this);
    private final Cursor cursor = new Cursor();

    private int heldPages;
    private int writePage = -1;
    private byte[] page;
    private int position;
    private long[] index = EMPTY_INDEX;
    private int entries;
    private long recordBytes;

    private int recordStart = -1;
    private int keyEnd = -1;

    /**
     * @param pool       where pages and index memory come from
     * @param maxPages   pages this buffer may hold, &gt;= 1
     * @param maxEntries index entries (records) this buffer may hold, &gt;= 1
     */
    public SortBuffer(MemoryPool pool, int maxPages, int maxEntries) {
        this.pool = pool;
        this.pageSize = pool.pageSizeBytes();
        if (Integer.bitCount(pageSize) != 1) {
            throw new IllegalArgumentException("page size must be a power of two, was " + pageSize);
        }
        this.pageShift = Integer.numberOfTrailingZeros(pageSize);
        this.pageMask = pageSize - 1;
        this.maxPages = maxPages;
        this.maxEntries = maxEntries;
        this.pages = new byte[maxPages][];
        this.position = pageSize;
    }

    // ---------------------------------------------------------------- copying add

    /**
     * Appends a record, copying key and value.
     *
     * @return false, changing nothing, if the buffer has no room left for it
     */
    public boolean tryAdd(byte[] key, int keyOffset, int keyLength, byte[] value, int valueOffset, int valueLength) {
        int recordLength = HEADER_BYTES + keyLength + valueLength;
        if (entries == (index.length >> 1) && !growIndex()) {
            return false;
        }
        if (position + recordLength > pageSize && !nextPage()) {
            return false;
        }
        final byte[] p = page;
        final int at = position;
        RecordFormat.putInt(p, at, keyLength);
        RecordFormat.putInt(p, at + 4, valueLength);
        System.arraycopy(key, keyOffset, p, at + HEADER_BYTES, keyLength);
        System.arraycopy(value, valueOffset, p, at + HEADER_BYTES + keyLength, valueLength);
        position = at + recordLength;
        final int e = entries << 1;
        final long[] idx = index;
        idx[e] = RecordFormat.prefix(key, keyOffset, keyLength);
        idx[e + 1] = ((long) RecordFormat.lengthClass(keyLength) << 56) | ((long) writePage << pageShift) | at;
        entries++;
        recordBytes += recordLength;
        return true;
    }

    // ---------------------------------------------------------------- record written in place

    /** Starts a record written in place; false if the buffer has no room for another record. */
    public boolean beginRecord() {
        if (entries == (index.length >> 1) && !growIndex()) {
            return false;
        }
        if (position + HEADER_BYTES > pageSize && !nextPage()) {
            return false;
        }
        recordStart = position;
        keyEnd = -1;
        position += HEADER_BYTES;
        return true;
    }

    /** Whether {@code bytes} more fit on the current page. */
    public boolean hasRoom(int bytes) {
        return position + bytes <= pageSize;
    }

    /** Bytes of the record in progress so far, header included. */
    public int recordInProgressBytes() {
        return position - recordStart;
    }

    public void putByte(int value) {
        page[position++] = (byte) value;
    }

    public void putInt(int value) {
        RecordFormat.putInt(page, position, value);
        position += 4;
    }

    public void putIntBigEndian(int value) {
        byte[] p = page;
        int at = position;
        p[at] = (byte) (value >>> 24);
        p[at + 1] = (byte) (value >>> 16);
        p[at + 2] = (byte) (value >>> 8);
        p[at + 3] = (byte) value;
        position = at + 4;
    }

    public void putLong(long value) {
        RecordFormat.putLong(page, position, value);
        position += 8;
    }

    public void putLongBigEndian(long value) {
        RecordFormat.putLongBigEndian(page, position, value);
        position += 8;
    }

    public void putBytes(byte[] source, int offset, int length) {
        System.arraycopy(source, offset, page, position, length);
        position += length;
    }

    /**
     * Moves the record in progress to the start of a fresh page so that {@code bytes} more fit.
     * The caller has checked that the record fits in a page.
     *
     * @return false if this buffer has no page left
     */
    public boolean tryMoveRecordToNewPage(int bytes) {
        byte[] old = page;
        int start = recordStart;
        int length = position - start;
        if (!nextPage()) {
            return false;
        }
        System.arraycopy(old, start, page, 0, length);
        if (keyEnd >= 0) {
            keyEnd -= start;
        }
        recordStart = 0;
        position = length;
        return true;
    }

    /** Moves the record in progress into an empty buffer and abandons it here. */
    public void moveRecordInProgressTo(SortBuffer target) {
        if (!target.beginRecord()) {
            throw new IllegalStateException("target buffer has no room for a record");
        }
        int bodyLength = position - recordStart - HEADER_BYTES;
        System.arraycopy(page, recordStart + HEADER_BYTES, target.page, target.position, bodyLength);
        if (keyEnd >= 0) {
            target.keyEnd = target.recordStart + (keyEnd - recordStart);
        }
        target.position += bodyLength;
        abortRecord();
    }

    /** Marks the end of the key in the record in progress. */
    public void endKey() {
        if (recordStart < 0) {
            throw new IllegalStateException("no record in progress");
        }
        if (keyEnd >= 0) {
            throw new IllegalStateException("endKey() called twice for one record");
        }
        keyEnd = position;
    }

    /**
     * Completes the record in progress and indexes it.
     *
     * @return the key and value bytes of the record
     * @throws IllegalStateException if {@link #endKey()} was not called
     */
    public int commitRecord() {
        if (keyEnd < 0) {
            abortRecord();
            throw new IllegalStateException("KeyAndValueWriter must call RecordOutput.endKey() after writing the key");
        }
        final byte[] p = page;
        final int start = recordStart;
        int keyLength = keyEnd - start - HEADER_BYTES;
        int valueLength = position - keyEnd;
        RecordFormat.putInt(p, start, keyLength);
        RecordFormat.putInt(p, start + 4, valueLength);
        final int e = entries << 1;
        index[e] = RecordFormat.prefix(p, start + HEADER_BYTES, keyLength);
        index[e + 1] = ((long) RecordFormat.lengthClass(keyLength) << 56) | ((long) writePage << pageShift) | start;
        entries++;
        recordBytes += position - start;
        recordStart = -1;
        keyEnd = -1;
        return keyLength + valueLength;
    }

    /** Drops the record in progress, if any. */
    public void abortRecord() {
        if (recordStart >= 0) {
            position = recordStart;
            recordStart = -1;
            keyEnd = -1;
        }
    }

    // ---------------------------------------------------------------- sort, spill, iterate

    /** Sorts the index by key, stably. */
    public void sort() {
        indexSorter.sort(index, entries);
    }

    /** Writes the records in index order (call {@link #sort()} first). */
    public void writeTo(RunWriter writer) {
        final long[] idx = index;
        final byte[][] pg = pages;
        final int shift = pageShift;
        final int mask = pageMask;
        final int n = entries;
        for (int i = 0; i < n; i++) {
            long w = idx[(i << 1) + 1];
            byte[] p = pg[(int) ((w & POINTER_MASK) >>> shift)];
            int at = (int) w & mask;
            writer.writeRecord(p, at, HEADER_BYTES + RecordFormat.getInt(p, at) + RecordFormat.getInt(p, at + 4));
        }
    }

    /** A cursor over the records in index order, rewound; the same instance on every call. */
    public RecordCursor cursor() {
        cursor.rewind();
        return cursor;
    }

    /** Empties the buffer, keeping its pages and index. */
    public void clear() {
        entries = 0;
        recordBytes = 0;
        writePage = -1;
        page = null;
        position = pageSize;
        recordStart = -1;
        keyEnd = -1;
    }

    /** Empties the buffer and returns its pages to the pool. */
    public void releasePages() {
        clear();
        for (int i = 0; i < heldPages; i++) {
            pool.releasePage(pages[i]);
            pages[i] = null;
        }
        heldPages = 0;
    }

    public int entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries == 0;
    }

    /** Bytes of records held: headers, keys and values. */
    public long recordBytes() {
        return recordBytes;
    }

    /** Compares the full keys of two index words, then their pointers. */
    int compareEntryWords(long wordA, long wordB) {
        byte[] pa = pages[(int) ((wordA & POINTER_MASK) >>> pageShift)];
        int a = (int) wordA & pageMask;
        byte[] pb = pages[(int) ((wordB & POINTER_MASK) >>> pageShift)];
        int b = (int) wordB & pageMask;
        int c = RecordFormat.compareKeys(pa, a + HEADER_BYTES, RecordFormat.getInt(pa, a),
                pb, b + HEADER_BYTES, RecordFormat.getInt(pb, b));
        return c != 0 ? c : Long.compare(wordA & POINTER_MASK, wordB & POINTER_MASK);
    }

    private boolean nextPage() {
        int next = writePage + 1;
        if (next >= maxPages) {
            return false;
        }
        if (next == heldPages) {
            byte[] p = pool.tryAllocatePage();
            if (p == null) {
                return false;
            }
            pages[heldPages++] = p;
        }
        writePage = next;
        page = pages[next];
        position = 0;
        return true;
    }

    private boolean growIndex() {
        int capacity = index.length >> 1;
        if (capacity >= maxEntries) {
            return false;
        }
        int newCapacity = (int) Math.min(maxEntries, Math.max(INITIAL_INDEX_ENTRIES, 2L * capacity));
        if (!pool.tryReserve(16L * (newCapacity - capacity))) {
            return false;
        }
        index = Arrays.copyOf(index, newCapacity << 1);
        return true;
    }

    /**
     * Reads records in index order. Records sit in random places in the pages, so each one is a
     * cache (and TLB) miss; the cursor therefore resolves a batch of entries at a time in a loop of
     * independent loads, which the CPU overlaps, instead of one dependent miss per advance().
     */
    private final class Cursor implements RecordCursor {
        private static final int BATCH = 64;
        private final int[] batchKeyLengths = new int[BATCH];
        private final int[] batchValueLengths = new int[BATCH];
        private int batchStart;
        private int batchEnd;
        private int next;
        private long prefix;
        private byte[] recordPage;
        private int keyOffset;
        private int keyLength;
        private int valueLength;

        void rewind() {
            next = 0;
            batchStart = 0;
            batchEnd = 0;
            recordPage = null;
        }

        @Override
        public boolean advance() {
            int i = next;
            if (i >= batchEnd && !loadBatch(i)) {
                return false;
            }
            next = i + 1;
            int b = i - batchStart;
            long[] idx = index;
            long w = idx[(i << 1) + 1];
            prefix = idx[i << 1];
            recordPage = pages[(int) ((w & POINTER_MASK) >>> pageShift)];
            keyOffset = ((int) w & pageMask) + HEADER_BYTES;
            keyLength = batchKeyLengths[b];
            valueLength = batchValueLengths[b];
            return true;
        }

        private boolean loadBatch(int from) {
            int to = Math.min(entries, from + BATCH);
            if (from >= to) {
                return false;
            }
            final long[] idx = index;
            final byte[][] pg = pages;
            final int shift = pageShift;
            final int mask = pageMask;
            final int[] bk = batchKeyLengths;
            final int[] bv = batchValueLengths;
            // Independent loads only (no reference stores): the CPU keeps many misses in flight.
            for (int i = from, b = 0; i < to; i++, b++) {
                long w = idx[(i << 1) + 1];
                byte[] p = pg[(int) ((w & POINTER_MASK) >>> shift)];
                int at = (int) w & mask;
                bk[b] = RecordFormat.getInt(p, at);
                bv[b] = RecordFormat.getInt(p, at + 4);
            }
            batchStart = from;
            batchEnd = to;
            return true;
        }

        @Override
        public long keyPrefix() {
            return prefix;
        }

        @Override
        public byte[] keyBuffer() {
            return recordPage;
        }

        @Override
        public int keyOffset() {
            return keyOffset;
        }

        @Override
        public int keyLength() {
            return keyLength;
        }

        @Override
        public byte[] valueBuffer() {
            return recordPage;
        }

        @Override
        public int valueOffset() {
            return keyOffset + keyLength;
        }

        @Override
        public int valueLength() {
            return valueLength;
        }

        @Override
        public boolean stableKeys() {
            return true;
        }

        @Override
        public void close() {
            next = Integer.MAX_VALUE;
            batchEnd = Integer.MAX_VALUE;
            batchStart = Integer.MAX_VALUE;
        }
    }
}
