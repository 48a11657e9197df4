package io.ebbflow.operators.window;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Records and reference computations for the window tests; the references never reuse operator code. */
final class WindowTestData {

    private WindowTestData() {}

    /** An input record: a key, an event timestamp (ms) and a value. */
    record Event(String key, long ts, int value) implements Serializable {}

    /** An expected or actual window result: key, the result record's timestamp, and a summary value. */
    record Result(String key, long timestamp, Object value) {}

    /** A step of a scripted input: a record, or (when {@code event} is null) a watermark. */
    record Step(Event event, long watermark) {}

    /**
     * Random events over {@code [0, span)} on keys a/b/c, in an order that is out of order by up to
     * {@code disorder} positions. Deterministic for a seed.
     */
    static List<Event> randomEvents(long seed, int count, long span, int disorder) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = String.valueOf((char) ('a' + random.nextInt(3)));
            events.add(new Event(key, random.nextInt((int) span), 1 + random.nextInt(10)));
        }
        events.sort(Comparator.comparingLong(Event::ts));
        for (int i = 0; i + 1 < events.size(); i++) {
            int j = Math.min(events.size() - 1, i + random.nextInt(disorder + 1));
            Collections.swap(events, i, j);
        }
        return events;
    }

    /**
     * Interleaves {@code events} with the highest watermark that is safe after each: one below the smallest
     * timestamp still to come, so no record is ever late; ends with the final watermark.
     */
    static List<Step> withSafeWatermarks(List<Event> events) {
        List<Step> steps = new ArrayList<>();
        long[] minAfter = new long[events.size() + 1];
        minAfter[events.size()] = Long.MAX_VALUE;
        for (int i = events.size() - 1; i >= 0; i--) {
            minAfter[i] = Math.min(minAfter[i + 1], events.get(i).ts());
        }
        long last = Long.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            steps.add(new Step(events.get(i), 0));
            long safe = minAfter[i + 1] == Long.MAX_VALUE ? Long.MAX_VALUE : minAfter[i + 1] - 1;
            if (safe > last) {
                steps.add(new Step(null, safe));
                last = safe;
            }
        }
        if (last < Long.MAX_VALUE) {
            steps.add(new Step(null, Long.MAX_VALUE));
        }
        return steps;
    }

    /** A window [start, end) with the events of one key in it. */
    record WindowContents(String key, long start, long end, List<Event> events) {}

    /**
     * The non-empty windows of length {@code size} starting at every multiple of {@code slide}, found by
     * testing every candidate window against every event.
     */
    static List<WindowContents> slidingWindows(List<Event> events, long size, long slide) {
        long min = events.stream().mapToLong(Event::ts).min().orElse(0);
        long max = events.stream().mapToLong(Event::ts).max().orElse(0);
        List<WindowContents> windows = new ArrayList<>();
        for (String key : List.of("a", "b", "c")) {
            for (long start = (min / slide - size / slide - 1) * slide; start <= max; start += slide) {
                List<Event> in = new ArrayList<>();
                for (Event e : events) {
                    if (e.key().equals(key) && e.ts() >= start && e.ts() < start + size) {
                        in.add(e);
                    }
                }
                if (!in.isEmpty()) {
                    windows.add(new WindowContents(key, start, start + size, in));
                }
            }
        }
        return windows;
    }

    /**
     * Sessions per key: events sorted by time, a new session whenever the next event is more than
     * {@code gap} after the latest one so far; a session spans [first, last + gap).
     */
    static List<WindowContents> sessions(List<Event> events, long gap) {
        List<WindowContents> sessions = new ArrayList<>();
        for (String key : List.of("a", "b", "c")) {
            List<Event> sorted = new ArrayList<>();
            for (Event e : events) {
                if (e.key().equals(key)) {
                    sorted.add(e);
                }
            }
            sorted.sort(Comparator.comparingLong(Event::ts));
            List<Event> current = new ArrayList<>();
            long first = 0;
            long latest = 0;
            for (Event e : sorted) {
                if (!current.isEmpty() && e.ts() - latest > gap) {
                    sessions.add(new WindowContents(key, first, latest + gap, current));
                    current = new ArrayList<>();
                }
                if (current.isEmpty()) {
                    first = e.ts();
                }
                current.add(e);
                latest = e.ts();
            }
            if (!current.isEmpty()) {
                sessions.add(new WindowContents(key, first, latest + gap, current));
            }
        }
        return sessions;
    }

    static int sum(List<Event> events) {
        int s = 0;
        for (Event e : events) {
            s += e.value();
        }
        return s;
    }
}
