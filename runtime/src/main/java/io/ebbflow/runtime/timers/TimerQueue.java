package io.ebbflow.runtime.timers;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Timers ordered by timestamp (then by registration order), with deduplication and O(log n) deletion.
 * Deletion matters: a window's trigger deletes its timer when the window is purged, and with many open
 * windows a linear scan per deletion would be quadratic.
 *
 * <p>Not thread-safe: one task thread.
 */
final class TimerQueue<K, N> {

    private record Slot(long timestamp, long sequence) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot o) {
            int c = Long.compare(timestamp, o.timestamp);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    private final TreeMap<Slot, InternalTimer<K, N>> ordered = new TreeMap<>();
    private final Map<InternalTimer<K, N>, Slot> index = new HashMap<>();
    private long nextSequence;

    /** Adds a timer; returns false when an equal timer is already queued. */
    boolean add(InternalTimer<K, N> timer) {
        if (index.containsKey(timer)) {
            return false;
        }
        Slot slot = new Slot(timer.timestamp(), nextSequence++);
        index.put(timer, slot);
        ordered.put(slot, timer);
        return true;
    }

    boolean remove(InternalTimer<K, N> timer) {
        Slot slot = index.remove(timer);
        if (slot == null) {
            return false;
        }
        ordered.remove(slot);
        return true;
    }

    /** Returns the earliest timer without removing it, or null. */
    InternalTimer<K, N> peek() {
        Map.Entry<Slot, InternalTimer<K, N>> e = ordered.firstEntry();
        return e == null ? null : e.getValue();
    }

    /** Removes and returns the earliest timer, or null. */
    InternalTimer<K, N> poll() {
        Map.Entry<Slot, InternalTimer<K, N>> e = ordered.pollFirstEntry();
        if (e == null) {
            return null;
        }
        index.remove(e.getValue());
        return e.getValue();
    }

    int size() {
        return ordered.size();
    }

    Iterable<InternalTimer<K, N>> all() {
        return ordered.values();
    }
}
