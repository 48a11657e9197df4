package io.ebbflow.api.windowing.assigners;

import io.ebbflow.api.windowing.triggers.EventTimeTrigger;
import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.windows.TimeWindow;
import io.ebbflow.api.windowing.windows.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Puts each record into every event-time window of length {@code size} that starts at a multiple of
 * {@code slide} (plus {@code offset}) and holds its timestamp: {@code ceil(size / slide)} windows per record
 * when the slide divides the size. Windows overlap when {@code slide < size}; records fall between windows
 * (and are dropped) when {@code slide > size}.
 */
public final class SlidingEventTimeWindows extends WindowAssigner<Object, TimeWindow> {

    private static final long serialVersionUID = 1L;

    private final long sizeMillis;
    private final long slideMillis;
    private final long offsetMillis;

    private SlidingEventTimeWindows(long sizeMillis, long slideMillis, long offsetMillis) {
        this.sizeMillis = sizeMillis;
        this.slideMillis = slideMillis;
        this.offsetMillis = offsetMillis;
    }

    /** @throws IllegalArgumentException when {@code size} or {@code slide} is under 1 ms */
    public static SlidingEventTimeWindows of(Duration size, Duration slide) {
        return of(size, slide, Duration.ZERO);
    }

    /** @throws IllegalArgumentException when {@code size} or {@code slide} is under 1 ms, or {@code |offset| >= slide} */
    public static SlidingEventTimeWindows of(Duration size, Duration slide, Duration offset) {
        long size0 = positiveMillis(size, "window size");
        long slide0 = positiveMillis(slide, "window slide");
        long offset0 = offset.toMillis();
        if (Math.abs(offset0) >= slide0) {
            throw new IllegalArgumentException("SlidingEventTimeWindows needs |offset| < slide, was offset " + offset
                    + " for slide " + slide);
        }
        return new SlidingEventTimeWindows(size0, slide0, offset0);
    }

    /** Returns the windows newest first. */
    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        if (timestamp == Long.MIN_VALUE) {
            throw missingTimestamp(this);
        }
        List<TimeWindow> windows = new ArrayList<>((int) (sizeMillis / slideMillis) + 1);
        long lastStart = TimeWindow.getWindowStartWithOffset(timestamp, offsetMillis, slideMillis);
        for (long start = lastStart; start > timestamp - sizeMillis; start -= slideMillis) {
            windows.add(new TimeWindow(start, start + sizeMillis));
        }
        return windows;
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
        return "SlidingEventTimeWindows(" + sizeMillis + ", " + slideMillis + (offsetMillis != 0 ? ", offset " + offsetMillis : "") + ")";
    }
}
