package io.ebbflow.sorter;

/**
 * An immutable snapshot of an {@link ExternalSorter}'s counters, cumulative since it was built
 * (across {@link ExternalSorter#reset()}). Times are nanoseconds of wall-clock time spent in the
 * activity, on whichever thread did it; spilling runs on the spill thread and may overlap with the
 * caller's {@code add} calls.
 *
 * @param recordsIn               records added
 * @param bytesIn                 key plus value bytes added (headers not counted)
 * @param runsSpilled             sorted runs written to disk by spills (not by merge passes)
 * @param bytesSpilled            bytes written to spill files, by spills and intermediate merges
 * @param mergePasses             merge passes: each intermediate pass plus the final merge
 *                                (0 if everything fit in memory)
 * @param sortNanos               time sorting in-memory buffers
 * @param spillNanos              time writing sorted buffers to spill files (excluding sorting)
 * @param mergeNanos              time in intermediate merge passes and setting up the final merge
 *                                (the final merge itself runs lazily inside the caller's iteration)
 * @param memoryBudgetBytes       the configured budget
 * @param memoryReservedBytes     bytes held now: pages, index arrays and I/O buffers
 * @param peakMemoryReservedBytes most bytes ever held; never above the budget
 */
public record SorterMetrics(
        long recordsIn,
        long bytesIn,
        long runsSpilled,
        long bytesSpilled,
        long mergePasses,
        long sortNanos,
        long spillNanos,
        long mergeNanos,
        long memoryBudgetBytes,
        long memoryReservedBytes,
        long peakMemoryReservedBytes) {
}
