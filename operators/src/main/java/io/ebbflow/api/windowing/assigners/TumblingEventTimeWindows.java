package io.ebbflow.api.windowing.assigners;

import io.ebbflow.api.windowing.triggers.EventTimeTrigger;
import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.windows.TimeWindow;
import io.ebbflow.api.windowing.windows.Window;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Puts each record into the one fixed-size, non-overlapping event-time window that holds its timestamp.
 * Windows are aligned to the epoch plus {@code offset}: with size 1 h and offset 15 min, windows are
 * {@code [0:15, 1:15)}, {@code [1:15, 2:15)}, ...
 */
public final class TumblingEventTimeWindows extends WindowAssigner<Object, TimeWindow> {

    private static final long serialVersionUID = 1L;

    private final long sizeMillis;
    private final long offsetMillis;

    private TumblingEventTimeWindows(long sizeMillis, long offsetMillis) {
        this.sizeMillis = sizeMillis;
        this.offsetMillis = offsetMillis;
    }

    /** @throws IllegalArgumentException when {@code size} is under 1 ms */
    public static TumblingEventTimeWindows of(Duration size) {
        return of(size, Duration.ZERO);
    }

    /**
     * @param offset shifts the window alignment; may be negative (time zones)
     * @throws IllegalArgumentException when {@code size} is under 1 ms or {@code |offset| >= size}
     */
    public static TumblingEventTimeWindows of(Duration size, Duration offset) {
        long size0 = positiveMillis(size, "window size");
        long offset0 = offset.toMillis();
        if (Math.abs(offset0) >= size0) {
            throw new IllegalArgumentException("TumblingEventTimeWindows needs |offset| < size, was offset " + offset
                    + " for size " + size);
        }
        return new TumblingEventTimeWindows(size0, offset0);
    }

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        if (timestamp == Long.MIN_VALUE) {
            throw missingTimestamp(this);
        }
        long start = TimeWindow.getWindowStartWithOffset(timestamp, offsetMillis, sizeMillis);
        return List.of(new TimeWindow(start, start + sizeMillis));
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
        return "TumblingEventTimeWindows(" + sizeMillis + (offsetMillis != 0 ? ", offset " + offsetMillis : "") + ")";
    }
}
