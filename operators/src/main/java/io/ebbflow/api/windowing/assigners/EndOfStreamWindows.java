package io.ebbflow.api.windowing.assigners;

import io.ebbflow.api.windowing.triggers.EndOfStreamTrigger;
import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.windows.GlobalWindow;
import io.ebbflow.api.windowing.windows.Window;
import java.util.Collection;
import java.util.List;

/**
 * One window per key over the whole input, evaluated once when the input ends (Flink's
 * {@code EndOfStreamWindows}, FLIP-331): a bounded "group by key". The operator declares
 * {@code isOutputOnEOF}, so the runtime may feed it sorted input in backlog mode and start its downstream
 * late. On an unbounded input it never fires.
 */
public final class EndOfStreamWindows extends WindowAssigner<Object, GlobalWindow> {

    private static final long serialVersionUID = 1L;
    private static final EndOfStreamWindows INSTANCE = new EndOfStreamWindows();

    private EndOfStreamWindows() {}

    public static EndOfStreamWindows get() {
        return INSTANCE;
    }

    @Override
    public Collection<GlobalWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        return List.of(GlobalWindow.get());
    }

    @Override
    public Trigger<Object, Window> getDefaultTrigger() {
        return EndOfStreamTrigger.create();
    }

    /** True: the window ends with event time, at the final watermark, which also frees its state. */
    @Override
    public boolean isEventTime() {
        return true;
    }

    @Override
    public String toString() {
        return "EndOfStreamWindows";
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
