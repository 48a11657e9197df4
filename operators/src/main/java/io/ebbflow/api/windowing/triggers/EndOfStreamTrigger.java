package io.ebbflow.api.windowing.triggers;

import io.ebbflow.api.windowing.windows.Window;

/**
 * Fires a window once, when its input ends: when the watermark reaches {@link Long#MAX_VALUE}, which a
 * bounded source emits after its last record. With it a window operator emits only at end of input, so it
 * declares {@code isOutputOnEOF} (FLIP-331) and the runtime may run it on sorted input and start its
 * downstream late. Merges (session windows may use it).
 */
public final class EndOfStreamTrigger extends Trigger<Object, Window> {

    private static final long serialVersionUID = 1L;
    private static final EndOfStreamTrigger INSTANCE = new EndOfStreamTrigger();

    private EndOfStreamTrigger() {}

    public static EndOfStreamTrigger create() {
        return INSTANCE;
    }

    @Override
    public TriggerResult onElement(Object element, long timestamp, Window window, TriggerContext ctx) {
        ctx.registerEventTimeTimer(Long.MAX_VALUE);
        return TriggerResult.CONTINUE;
    }

    @Override
    public TriggerResult onEventTime(long time, Window window, TriggerContext ctx) {
        return time == Long.MAX_VALUE ? TriggerResult.FIRE : TriggerResult.CONTINUE;
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
        ctx.registerEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public void clear(Window window, TriggerContext ctx) {
        ctx.deleteEventTimeTimer(Long.MAX_VALUE);
    }

    @Override
    public String toString() {
        return "EndOfStreamTrigger";
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
