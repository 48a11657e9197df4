package io.ebbflow.api.windowing.triggers;

import io.ebbflow.api.state.ReducingState;
import io.ebbflow.api.state.ReducingStateDescriptor;
import io.ebbflow.api.windowing.windows.Window;

/**
 * Fires a window each time it has received {@code maxCount} more records. The count is per key and window,
 * kept in keyed state (named {@value #STATE_NAME}), and reset at each firing; merging windows add their
 * counts. Ignores time: combine with {@link PurgingTrigger} to start each count on an empty window.
 */
public final class CountTrigger extends Trigger<Object, Window> {

    private static final long serialVersionUID = 1L;

    /** The name of the keyed state holding the count. */
    public static final String STATE_NAME = "count-trigger";

    private final long maxCount;
    private final ReducingStateDescriptor<Long> countDescriptor =
            new ReducingStateDescriptor<>(STATE_NAME, Long::sum, Long.class);

    private CountTrigger(long maxCount) {
        this.maxCount = maxCount;
    }

    /**
     * @param maxCount the number of records per firing, at least 1
     * @throws IllegalArgumentException when {@code maxCount < 1}
     */
    public static CountTrigger of(long maxCount) {
        if (maxCount < 1) {
            throw new IllegalArgumentException("CountTrigger needs maxCount >= 1, was " + maxCount);
        }
        return new CountTrigger(maxCount);
    }

    @Override
    public TriggerResult onElement(Object element, long timestamp, Window window, TriggerContext ctx) {
        ReducingState<Long> count = ctx.getPartitionedState(countDescriptor);
        count.add(1L);
        if (count.get() >= maxCount) {
            count.clear();
            return TriggerResult.FIRE;
        }
        return TriggerResult.CONTINUE;
    }

    @Override
    public TriggerResult onEventTime(long time, Window window, TriggerContext ctx) {
        return TriggerResult.CONTINUE;
    }

    @Override
    public TriggerResult onProcessingTime(long time, Window window, TriggerContext ctx) {
        return TriggerResult.CONTINUE;
    }

    @Override
    public boolean canMerge() {
        return true;
    }

    @Override
    public void onMerge(Window window, OnMergeContext ctx) {
        ctx.mergePartitionedState(countDescriptor);
    }

    @Override
    public void clear(Window window, TriggerContext ctx) {
        ctx.getPartitionedState(countDescriptor).clear();
    }

    @Override
    public String toString() {
        return "CountTrigger(" + maxCount + ")";
    }
}
