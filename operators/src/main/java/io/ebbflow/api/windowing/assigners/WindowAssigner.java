package io.ebbflow.api.windowing.assigners;

import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.windows.Window;
import java.io.Serializable;
import java.util.Collection;

/**
 * Puts each record into zero or more windows. Called by the window operator on its subtask's thread, once
 * per record, with the record's key current. Assigners hold configuration only (sizes, offsets), so one
 * instance may serve all subtasks.
 *
 * @param <T> the records
 * @param <W> the windows
 */
public abstract class WindowAssigner<T, W extends Window> implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Returns the windows {@code element} belongs to.
     *
     * @param timestamp the record's event timestamp in ms, {@link Long#MIN_VALUE} when it has none
     * @throws IllegalStateException when an event-time assigner gets a record without a timestamp
     */
    public abstract Collection<W> assignWindows(T element, long timestamp, WindowAssignerContext context);

    /** The trigger used when the user sets none. */
    public abstract Trigger<? super T, ? super W> getDefaultTrigger();

    /** Whether windows end in event time (so lateness and cleanup follow the watermark) or processing time. */
    public abstract boolean isEventTime();

    /** What an assigner may ask the operator. */
    public interface WindowAssignerContext {
        /** The subtask's processing time, in ms. */
        long getCurrentProcessingTime();
    }

    /** Fails for a record without timestamp, naming the assigner and the usual fix. */
    static IllegalStateException missingTimestamp(WindowAssigner<?, ?> assigner) {
        return new IllegalStateException("Record has no timestamp, but " + assigner + " assigns windows by event "
                + "time: call assignTimestampsAndWatermarks(...) on the stream, or use a processing-time assigner");
    }

    static long positiveMillis(java.time.Duration d, String what) {
        if (d == null) {
            throw new NullPointerException(what);
        }
        long millis = d.toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException(what + " must be at least 1 ms, was " + d);
        }
        return millis;
    }
}
