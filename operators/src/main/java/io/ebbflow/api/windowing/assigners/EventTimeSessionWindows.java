package io.ebbflow.api.windowing.assigners;

import io.ebbflow.api.windowing.triggers.EventTimeTrigger;
import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.windows.TimeWindow;
import io.ebbflow.api.windowing.windows.Window;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Groups a key's records into sessions: runs of records each at most {@code gap} after the latest one before
 * it. Each record starts the window {@code [timestamp, timestamp + gap)}; windows that overlap or touch merge
 * (as in Flink), so an out-of-order record can bridge two sessions into one.
 */
public final class EventTimeSessionWindows extends MergingWindowAssigner<Object, TimeWindow> {

    private static final long serialVersionUID = 1L;

    private final long gapMillis;

    private EventTimeSessionWindows(long gapMillis) {
        this.gapMillis = gapMillis;
    }

    /** @throws IllegalArgumentException when {@code gap} is under 1 ms */
    public static EventTimeSessionWindows withGap(Duration gap) {
        return new EventTimeSessionWindows(positiveMillis(gap, "session gap"));
    }

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        if (timestamp == Long.MIN_VALUE) {
            throw missingTimestamp(this);
        }
        return List.of(new TimeWindow(timestamp, timestamp + gapMillis));
    }

    @Override
    public void mergeWindows(Collection<TimeWindow> windows, MergeCallback<TimeWindow> callback) {
        TimeWindow.mergeWindows(windows, callback);
    }

    @Override
    public Trigger<Object, Window> getDefaultTrigger() {
        return EventTimeTrigger.create();
    }

    @Override
    public boolean isEventTime() {
        return true;
    }

    @Override
    public String toString() {
        return "EventTimeSessionWindows(" + gapMillis + ")";
    }
}
