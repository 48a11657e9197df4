package io.ebbflow.sorter.memory;

import java.util.ArrayDeque;

/**
 * The sorter's memory budget: hands out fixed-size pages, allocated lazily once and then recycled,
 * and accounts for every other long-lived buffer (index arrays, I/O buffers) reserved against the
 * same budget. Nothing is allocated past the budget: {@link #tryAllocatePage()} and
 * {@link #tryReserve(long)} refuse instead.
 *
 * <p>Pages returned with {@link #releasePage(byte[])} stay allocated (and counted) on a free list;
 * a reservation that would not fit otherwise drops free pages to make room.
 *
 * <p>Not thread-safe: only the thread that owns the sorter calls it (the spill thread never
 * allocates).
 */
public final class MemoryPool {

    private final long budgetBytes;
    private final int pageSizeBytes;
    private final ArrayDeque<byte[]> freePages = new ArrayDeque<>();
    private long reservedBytes;
    private long peakReservedBytes;

    /**
     * @param budgetBytes   total bytes this pool may hold, &gt; 0
     * @param pageSizeBytes bytes per page, &gt; 0
     */
    public MemoryPool(long budgetBytes, int pageSizeBytes) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("budgetBytes must be > 0, was " + budgetBytes);
        }
        if (pageSizeBytes <= 0) {
            throw new IllegalArgumentException("pageSizeBytes must be > 0, was " + pageSizeBytes);
        }
        this.budgetBytes = budgetBytes;
        this.pageSizeBytes = pageSizeBytes;
    }

    /** A recycled page, or a new one if the budget allows, else null. Contents are undefined. */
    public byte[] tryAllocatePage() {
        byte[] page = freePages.pollFirst();
        if (page != null) {
            return page;
        }
        if (!tryReserve(pageSizeBytes)) {
            return null;
        }
        return new byte[pageSizeBytes];
    }

    /** Returns a page for reuse; it stays counted against the budget. */
    public void releasePage(byte[] page) {
        if (page.length != pageSizeBytes) {
            throw new IllegalArgumentException("not a page of this pool: length " + page.length);
        }
        freePages.addFirst(page);
    }

    /** How many pages {@link #tryAllocatePage()} can still hand out. */
    public long availablePages() {
        return freePages.size() + (budgetBytes - reservedBytes) / pageSizeBytes;
    }

    /**
     * Reserves bytes for a buffer the caller allocates itself, dropping free pages if needed.
     *
     * @return false, reserving nothing, if the budget does not allow it
     */
    public boolean tryReserve(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must be >= 0, was " + bytes);
        }
        while (reservedBytes + bytes > budgetBytes && !freePages.isEmpty()) {
            freePages.pollFirst();
            reservedBytes -= pageSizeBytes;
        }
        if (reservedBytes + bytes > budgetBytes) {
            return false;
        }
        reservedBytes += bytes;
        peakReservedBytes = Math.max(peakReservedBytes, reservedBytes);
        return true;
    }

    /** Gives back bytes reserved with {@link #tryReserve(long)} after dropping the buffer. */
    public void release(long bytes) {
        if (bytes < 0 || bytes > reservedBytes) {
            throw new IllegalArgumentException("cannot release " + bytes + " of " + reservedBytes + " reserved bytes");
        }
        reservedBytes -= bytes;
    }

    /** Drops every page and reservation (for close). */
    public void releaseAll() {
        freePages.clear();
        reservedBytes = 0;
    }

    public long budgetBytes() {
        return budgetBytes;
    }

    public int pageSizeBytes() {
        return pageSizeBytes;
    }

    public long reservedBytes() {
        return reservedBytes;
    }

    public long peakReservedBytes() {
        return peakReservedBytes;
    }
}
