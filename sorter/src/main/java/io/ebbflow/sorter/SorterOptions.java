package io.ebbflow.sorter;

/**
 * Defaults of the {@link ExternalSorter.Builder} settings, with their units and trade-offs. The
 * sorter module depends on nothing else in Ebbflow, so these are plain constants; the runtime maps
 * its typed options ({@code execution.sorted-inputs.memory}, ...) onto the builder.
 */
public final class SorterOptions {

    /**
     * Page size in bytes (32 KiB), a power of two. Memory is allocated, spilled and read back in
     * pages, and the largest record (8-byte header, key and value) is one page. Larger pages allow
     * larger records but leave fewer read buffers, so a lower merge fan-in, for the same budget.
     */
    public static final int DEFAULT_PAGE_SIZE_BYTES = 32 * 1024;

    /** Smallest page size in bytes. */
    public static final int MIN_PAGE_SIZE_BYTES = 64;

    /** Largest page size in bytes (256 MiB). */
    public static final int MAX_PAGE_SIZE_BYTES = 1 << 28;

    /**
     * Runs merged at once (128). More means fewer merge passes over the data but more read
     * buffers; the fan-in is also capped by how many read pages the budget holds.
     */
    public static final int DEFAULT_MAX_FAN_IN = 128;

    /**
     * Share of each sort buffer's memory that holds the index (0.4): 16 bytes per record against
     * the record's own 8-byte header plus key and value. 0.4 fits 16-byte records exactly; larger
     * records leave part of it unused, smaller ones fill the index first.
     */
    public static final double DEFAULT_INDEX_MEMORY_FRACTION = 0.4;

    private SorterOptions() {
    }
}
