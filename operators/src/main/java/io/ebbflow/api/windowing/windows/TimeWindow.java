package io.ebbflow.api.windowing.windows;

import io.ebbflow.api.windowing.assigners.MergingWindowAssigner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A window of time {@code [start, end)}, in ms: the start is included, the end is not, so
 * {@link #maxTimestamp()} is {@code end - 1}. Immutable.
 */
public final class TimeWindow extends Window {

    private final long start;
    private final long end;

    /**
     * @param start the first timestamp in the window, ms
     * @param end the first timestamp after the window, ms
     * @throws IllegalArgumentException when {@code end <= start}
     */
    public TimeWindow(long start, long end) {
        if (end <= start) {
            throw new IllegalArgumentException("A time window needs start < end, was [" + start + ", " + end + ")");
        }
        this.start = start;
        this.end = end;
    }

    /** The first timestamp in the window (inclusive), ms. */
    public long getStart() {
        return start;
    }

    /** The first timestamp after the window (exclusive), ms. */
    public long getEnd() {
        return end;
    }

    @Override
    public long maxTimestamp() {
        return end - 1;
    }

    /**
     * Whether the two windows overlap or touch. Touching windows ({@code [0, 5)} and {@code [5, 10)}) count
     * as intersecting, so that session windows whose gaps meet are merged (as in Flink).
     */
    public boolean intersects(TimeWindow other) {
        return start <= other.end && end >= other.start;
    }

    /** The smallest window that covers both. */
    public TimeWindow cover(TimeWindow other) {
        return new TimeWindow(Math.min(start, other.start), Math.max(end, other.end));
    }

    /**
     * Merges overlapping or touching windows: sorts by start, sweeps once, and reports every group of two or
     * more windows with the window that covers them. Equal windows count separately, so a window added
     * twice is reported as merged with itself.
     */
    public static void mergeWindows(Collection<TimeWindow> windows, MergingWindowAssigner.MergeCallback<TimeWindow> callback) {
        List<TimeWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingLong(TimeWindow::getStart));
        TimeWindow cover = null;
        List<TimeWindow> group = null;
        for (TimeWindow candidate : sorted) {
            if (cover != null && cover.intersects(candidate)) {
                cover = cover.cover(candidate);
                group.add(candidate);
                continue;
            }
            if (group != null && group.size() > 1) {
                callback.merge(group, cover);
            }
            cover = candidate;
            group = new ArrayList<>();
            group.add(candidate);
        }
        if (group != null && group.size() > 1) {
            callback.merge(group, cover);
        }
    }

    /**
     * The start of the aligned window of length {@code windowSizeMillis} that contains {@code timestamp},
     * with windows starting at {@code offsetMillis} modulo the size. Correct for negative timestamps.
     */
    public static long getWindowStartWithOffset(long timestamp, long offsetMillis, long windowSizeMillis) {
        long remainder = (timestamp - offsetMillis) % windowSizeMillis;
        return remainder < 0 ? timestamp - (remainder + windowSizeMillis) : timestamp - remainder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeWindow w && w.start == start && w.end == end;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(start) * 31 + Long.hashCode(end);
    }

    @Override
    public String toString() {
        return "TimeWindow[" + start + ", " + end + ")";
    }
}
