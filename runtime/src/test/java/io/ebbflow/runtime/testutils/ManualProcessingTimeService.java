package io.ebbflow.runtime.testutils;

import io.ebbflow.runtime.timers.ProcessingTimeService;
import java.util.PriorityQueue;

/**
 * A processing-time clock that moves only when the test moves it. Callbacks run on the calling (test)
 * thread, from {@link #advanceTo} or {@link #fireDueTimers}, never from {@link #registerTimer}: like the
 * runtime's mailbox clock, a timer registered in the past fires after the current call returns, not
 * inside it.
 *
 * <p>Timers fire in timestamp order, equal timestamps in registration order. A callback receives the
 * timer's own timestamp (as in the runtime), while {@link #getCurrentProcessingTime()} already returns the
 * new time. Timers registered by a callback at or before the current time fire in the same advance.
 *
 * <p>Not thread-safe: the test thread.
 */
public final class ManualProcessingTimeService implements ProcessingTimeService {

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
    private long nowMillis;
    private long nextSequence;
    private boolean firing;

    /** @param startMillis the initial processing time, in ms */
    public ManualProcessingTimeService(long startMillis) {
        this.nowMillis = startMillis;
    }

    @Override
    public long getCurrentProcessingTime() {
        return nowMillis;
    }

    @Override
    public Cancellable registerTimer(long timestampMillis, ProcessingTimeCallback callback) {
        Scheduled s = new Scheduled(timestampMillis, nextSequence++, callback);
        queue.add(s);
        return s;
    }

    /**
     * Sets the clock to {@code timeMillis} and runs every timer due at or before it.
     *
     * @return the number of callbacks run
     * @throws IllegalArgumentException when {@code timeMillis} is before the current time (clocks do not run
     *     backwards)
     * @throws Exception what a callback throws; the remaining due timers stay queued
     */
    public int advanceTo(long timeMillis) throws Exception {
        if (timeMillis < nowMillis) {
            throw new IllegalArgumentException(
                    "Processing time cannot go back: it is " + nowMillis + " ms, asked for " + timeMillis + " ms");
        }
        nowMillis = timeMillis;
        return fireDueTimers();
    }

    /**
     * Runs every timer due at or before the current time, including timers that the callbacks register.
     * A call from inside a callback does nothing (the outer call picks the new timers up).
     *
     * @return the number of callbacks run
     */
    public int fireDueTimers() throws Exception {
        if (firing) {
            return 0;
        }
        firing = true;
        int fired = 0;
        try {
            Scheduled head;
            while ((head = queue.peek()) != null && head.timestampMillis <= nowMillis) {
                queue.poll();
                if (!head.canceled) {
                    head.canceled = true;
                    fired++;
                    head.callback.onProcessingTime(head.timestampMillis);
                }
            }
        } finally {
            firing = false;
        }
        return fired;
    }

    /** The number of registered timers that have neither fired nor been canceled. */
    public int numScheduledTimers() {
        int n = 0;
        for (Scheduled s : queue) {
            if (!s.canceled) {
                n++;
            }
        }
        return n;
    }

    private static final class Scheduled implements Cancellable, Comparable<Scheduled> {
        final long timestampMillis;
        final long sequence;
        final ProcessingTimeCallback callback;
        boolean canceled;

        Scheduled(long timestampMillis, long sequence, ProcessingTimeCallback callback) {
            this.timestampMillis = timestampMillis;
            this.sequence = sequence;
            this.callback = callback;
        }

        @Override
        public void cancel() {
            canceled = true;
        }

        @Override
        public int compareTo(Scheduled o) {
            int c = Long.compare(timestampMillis, o.timestampMillis);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
