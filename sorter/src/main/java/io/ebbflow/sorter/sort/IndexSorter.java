package io.ebbflow.sorter.sort;

import io.ebbflow.sorter.record.RecordFormat;
import java.util.Arrays;

/**
 * Sorts a {@link SortBuffer}'s index: {@code long} pairs of (normalized key prefix, word) where the
 * word is {@code lengthClass << 56 | pointer} and pointers grow in arrival order.
 *
 * <p>Pass one is an in-place MSD radix sort (American flag sort) over the 16 bytes of the pair
 * taken as one unsigned 128-bit number: prefix bytes first, then length class, then pointer. It
 * never touches the records, and because pointers are unique and grow with arrival order the
 * result is stable without extra memory. Small ranges fall back to insertion sort; a digit that is
 * equal for the whole range costs a counting pass but no permutation.
 *
 * <p>Pass two fixes up what the prefix cannot decide: runs of entries with equal prefixes and keys
 * longer than 8 bytes are ordered by their remaining key bytes, ties by pointer (stable).
 *
 * <p>Allocation-free after construction. Not thread-safe; one per buffer.
 */
final class IndexSorter {

    private static final int LEVELS = 16;
    private static final int RADIX = 256;
    private static final int INSERTION_SORT_THRESHOLD = 48;
    private static final long LONG_KEY_CLASS = RecordFormat.LONG_KEY_CLASS;

    private final int[][] counts = new int[LEVELS][RADIX];
    private final int[][] bucketEnds = new int[LEVELS][RADIX];
    private final int[][] bucketNext = new int[LEVELS][RADIX];
    private final SortBuffer buffer;

    IndexSorter(SortBuffer buffer) {
        this.buffer = buffer;
    }

    void sort(long[] index, int entries) {
        if (entries > 1) {
            radixSort(index, 0, entries, 0);
            fixUpLongKeys(index, entries);
        }
    }

    private void radixSort(long[] a, int from, int to, int level) {
        int n = to - from;
        if (n <= INSERTION_SORT_THRESHOLD) {
            insertionSort(a, from, to);
            return;
        }
        final int word = level >>> 3;
        final int shift = 56 - ((level & 7) << 3);
        final int[] count = counts[level];
        Arrays.fill(count, 0);
        for (int i = from; i < to; i++) {
            count[(int) (a[(i << 1) + word] >>> shift) & 0xFF]++;
        }
        int first = (int) (a[(from << 1) + word] >>> shift) & 0xFF;
        if (count[first] == n) {
            if (level + 1 < LEVELS) {
                radixSort(a, from, to, level + 1);
            }
            return;
        }
        final int[] ends = bucketEnds[level];
        final int[] next = bucketNext[level];
        int position = from;
        for (int b = 0; b < RADIX; b++) {
            next[b] = position;
            position += count[b];
            ends[b] = position;
        }
        for (int b = 0; b < RADIX; b++) {
            int end = ends[b];
            int i = next[b];
            while (i < end) {
                int ii = i << 1;
                long prefix = a[ii];
                long w = a[ii + 1];
                int digit = (int) ((word == 0 ? prefix : w) >>> shift) & 0xFF;
                while (digit != b) {
                    int j = next[digit]++;
                    int jj = j << 1;
                    long p2 = a[jj];
                    long w2 = a[jj + 1];
                    a[jj] = prefix;
                    a[jj + 1] = w;
                    prefix = p2;
                    w = w2;
                    digit = (int) ((word == 0 ? prefix : w) >>> shift) & 0xFF;
                }
                a[ii] = prefix;
                a[ii + 1] = w;
                i++;
            }
            next[b] = end;
        }
        if (level + 1 < LEVELS) {
            int start = from;
            for (int b = 0; b < RADIX; b++) {
                int end = ends[b];
                if (end - start > 1) {
                    radixSort(a, start, end, level + 1);
                }
                start = end;
            }
        }
    }

    private static void insertionSort(long[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long prefix = a[i << 1];
            long w = a[(i << 1) + 1];
            int j = i - 1;
            while (j >= from) {
                long pj = a[j << 1];
                int c = Long.compareUnsigned(pj, prefix);
                if (c < 0 || (c == 0 && a[(j << 1) + 1] < w)) {
                    break;
                }
                a[(j + 1) << 1] = pj;
                a[((j + 1) << 1) + 1] = a[(j << 1) + 1];
                j--;
            }
            a[(j + 1) << 1] = prefix;
            a[((j + 1) << 1) + 1] = w;
        }
    }

    /** Orders runs of equal prefixes among keys longer than the prefix by their full bytes. */
    private void fixUpLongKeys(long[] a, int entries) {
        int runStart = 0;
        for (int i = 1; i <= entries; i++) {
            boolean sameRun = i < entries
                    && a[i << 1] == a[(i - 1) << 1]
                    && (a[(i << 1) + 1] >>> 56) == LONG_KEY_CLASS
                    && (a[((i - 1) << 1) + 1] >>> 56) == LONG_KEY_CLASS;
            if (!sameRun) {
                if (i - runStart > 1) {
                    sortByFullKey(a, runStart, i);
                }
                runStart = i;
            }
        }
    }

    private void sortByFullKey(long[] a, int from, int to) {
        // Entries arrive in pointer (arrival) order; a comparison that breaks ties on the pointer keeps that.
        if (to - from <= INSERTION_SORT_THRESHOLD) {
            for (int i = from + 1; i < to; i++) {
                long w = a[(i << 1) + 1];
                long prefix = a[i << 1];
                int j = i - 1;
                while (j >= from && buffer.compareEntryWords(a[(j << 1) + 1], w) > 0) {
                    a[((j + 1) << 1) + 1] = a[(j << 1) + 1];
                    j--;
                }
                a[(j + 1) << 1] = prefix;
                a[((j + 1) << 1) + 1] = w;
            }
            return;
        }
        it.unimi.dsi.fastutil.Arrays.quickSort(from, to,
                (x, y) -> buffer.compareEntryWords(a[(x << 1) + 1], a[(y << 1) + 1]),
                (x, y) -> {
                    long t = a[(x << 1) + 1];
                    a[(x << 1) + 1] = a[(y << 1) + 1];
                    a[(y << 1) + 1] = t;
                });
    }
}
