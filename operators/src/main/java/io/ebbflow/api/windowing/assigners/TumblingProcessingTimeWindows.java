package io.ebbflow.api.windowing.assigners;

import io.ebbflow.api.windowing.triggers.ProcessingTimeTrigger;
import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.windows.TimeWindow;
import io.ebbflow.api.windowing.windows.Window;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Puts each record into the fixed-size, non-overlapping window of processing time in which it arrives,
 * aligned to the epoch plus {@code offset}. Record timestamps are ignored.
 */
public final class TumblingProcessingTimeWindows extends WindowAssigner<Object, TimeWindow> {

    private static final long serialVersionUID = 1L;

    private final long sizeMillis;
    private final long offsetMillis;

    private TumblingProcessingTimeWindows(long sizeMillis, long offsetMillis) {
        this.sizeMillis = sizeMillis;
        this.offsetMillis = offsetMillis;
    }

    /** @throws IllegalArgumentException when {@code size} is under 1 ms */
    public static TumblingProcessingTimeWindows of(Duration size) {
        return of(size, Duration.ZERO);
    }

    /** @throws IllegalArgumentException when {@code size} is under 1 ms or {@code |offset| >= size} */
    public static TumblingProcessingTimeWindows of(Duration size, Duration offset) {
        long size0 = positiveMillis(size, "window size");
        long offset0 = offset.toMillis();
        if (Math.abs(offset0) >= size0) {
            throw new IllegalArgumentException("TumblingProcessingTimeWindows needs |offset| < size, was offset " + offset
                    + " for size " + size);
        }
        return new TumblingProcessingTimeWindows(size0, offset0);
    }

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        long now = context.getCurrentProcessingTime();
        long start = TimeWindow.getWindowStartWithOffset(now, offsetMillis, sizeMillis);
        return List.of(new TimeWindow(start, start + sizeMillis));
    }

    @Override
    public Trigger<Object, Window> getDefaultTrigger() {
        return ProcessingTimeTrigger.create();
    }

    @Override
    public boolean isEventTime() {
        return false;
    }

    @Override
    public String toString() {
        return "TumblingProcessingTimeWindows(" + sizeMillis + (offsetMillis != 0 ? ", offset " + offsetMillis : "") + ")";
    }
}
