package io.ebbflow.api.windowing.assigners;

import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.triggers.TriggerResult;
import io.ebbflow.api.windowing.windows.GlobalWindow;
import io.ebbflow.api.windowing.windows.Window;
import java.util.Collection;
import java.util.List;

/**
 * Puts all records of a key into one {@link GlobalWindow}. Its default trigger never fires, so a custom
 * trigger is required (for example {@code CountTrigger} or {@code EndOfStreamTrigger}). The window never
 * ends, so its state lives until the job ends unless the trigger purges it.
 */
public final class GlobalWindows extends WindowAssigner<Object, GlobalWindow> {

    private static final long serialVersionUID = 1L;
    private static final GlobalWindows INSTANCE = new GlobalWindows();

    private GlobalWindows() {}

    public static GlobalWindows create() {
        return INSTANCE;
    }

    @Override
    public Collection<GlobalWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        return List.of(GlobalWindow.get());
    }

    @Override
    public Trigger<Object, Window> getDefaultTrigger() {
        return NeverTrigger.INSTANCE;
    }

    @Override
    public boolean isEventTime() {
        return false;
    }

    @Override
    public String toString() {
        return "GlobalWindows";
    }

    private Object readResolve() {
        return INSTANCE;
    }

    /** The default trigger of {@link GlobalWindows}: never fires. */
    public static final class NeverTrigger extends Trigger<Object, Window> {
        private static final long serialVersionUID = 1L;
        static final NeverTrigger INSTANCE = new NeverTrigger();

        private NeverTrigger() {}

        @Override
        public TriggerResult onElement(Object element, long timestamp, Window window, TriggerContext ctx) {
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
        public void onMerge(Window window, OnMergeContext ctx) {}

        @Override
        public void clear(Window window, TriggerContext ctx) {}

        @Override
        public String toString() {
            return "NeverTrigger";
        }

        private Object readResolve() {
            return INSTANCE;
        }
    }
}
