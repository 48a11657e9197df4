package io.ebbflow.operators.window;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.functions.Counter;
import io.ebbflow.api.state.AppendingState;
import io.ebbflow.api.state.MapState;
import io.ebbflow.api.state.MapStateDescriptor;
import io.ebbflow.api.state.State;
import io.ebbflow.api.state.StateDescriptor;
import io.ebbflow.api.windowing.assigners.MergingWindowAssigner;
import io.ebbflow.api.windowing.assigners.WindowAssigner;
import io.ebbflow.api.windowing.triggers.EndOfStreamTrigger;
import io.ebbflow.api.windowing.triggers.PurgingTrigger;
import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.triggers.TriggerResult;
import io.ebbflow.api.windowing.windows.Window;
import io.ebbflow.operators.simple.TimestampedCollector;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorAttributes;
import io.ebbflow.runtime.operators.OperatorAttributesBuilder;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.state.InternalKvState;
import io.ebbflow.runtime.state.InternalMergingState;
import io.ebbflow.runtime.state.KeyedStateBackend;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.timers.InternalTimer;
import io.ebbflow.runtime.timers.InternalTimerService;
import io.ebbflow.runtime.timers.Triggerable;
import java.util.Collection;

/**
 * Evaluates windows on a keyed stream, with Flink's {@code WindowOperator} semantics.
 *
 * <p><b>Per record</b> (the record's key is current): the assigner gives its windows; for a merging
 * assigner (sessions) each window is first merged into the key's in-flight windows ({@link MergingWindowSet}).
 * A window whose cleanup time has passed is skipped. The record is added to each window's contents — keyed
 * state namespaced by the window (for merging windows, by its state window) — and the trigger decides
 * whether to fire (evaluate the contents) and/or purge them. A cleanup timer is registered at the window's
 * {@code maxTimestamp + allowedLateness} (processing-time windows: at {@code maxTimestamp}).
 *
 * <p><b>Lateness.</b> A window is late when its cleanup time is at or below the current watermark. A record
 * that lands in no window because all its windows are late is late data: it goes to the late-data side
 * output when one is set, and is otherwise dropped and counted (counter {@value #LATE_RECORDS_DROPPED}).
 * Records within the allowed lateness are added, and {@code EventTimeTrigger} fires the window again at
 * once (a late firing, with all the window's contents).
 *
 * <p><b>Timers.</b> Trigger timers and cleanup timers share the timer service {@value #TIMER_SERVICE_NAME},
 * namespaced by window. At a window's cleanup time its contents, trigger state and in-flight entry are
 * removed, so no state outlives a window.
 *
 * <p><b>Output.</b> Results carry the window's {@link Window#maxTimestamp()} as timestamp; watermarks are
 * forwarded after the timers they fire.
 *
 * <p>Threading: the task thread. Built by {@link WindowOperatorBuilder}.
 *
 * @param <K> the key
 * @param <IN> the input records
 * @param <C> the window contents as the state returns them (the element list, or the incremental result)
 * @param <OUT> the results
 * @param <W> the windows
 */
public final class WindowOperator<K, IN, C, OUT, W extends Window> extends AbstractStreamOperator<OUT>
        implements OneInputStreamOperator<IN, OUT>, Triggerable<K, W> {

    /** The keyed state holding window contents, namespaced by window. */
    public static final String CONTENTS_STATE_NAME = "window-contents";
    /** The keyed map state holding the in-flight windows of merging assigners, per key. */
    public static final String MERGING_WINDOWS_STATE_NAME = "merging-window-set";
    /** The timer service of trigger and cleanup timers. */
    public static final String TIMER_SERVICE_NAME = "window-timers";
    /** The counter of late records dropped because no late-data side output was set. */
    public static final String LATE_RECORDS_DROPPED = "numLateRecordsDropped";

    private final WindowAssigner<? super IN, W> assigner;
    private final Trigger<? super IN, ? super W> trigger;
    private final StateDescriptor<? extends AppendingState<IN, C>, ?> contentsDescriptor;
    private final InternalWindowFunction<C, OUT, K, W> windowFunction;
    private final long allowedLatenessMillis;
    private final OutputTag<IN> lateDataOutputTag;
    private final boolean iterableContents;

    private KeyedStateBackend<K> backend;
    private InternalTimerService<W> timers;
    private AppendingState<IN, C> contents;
    private InternalKvState<W> contentsNamespace;
    private InternalMergingState<W> mergingContents;
    private MapState<W, W> mergingWindowsState;
    private TimestampedCollector<OUT> collector;
    private TriggerContextImpl triggerContext;
    private WindowContextImpl windowContext;
    private WindowAssigner.WindowAssignerContext assignerContext;
    private Counter lateRecordsDropped;

    WindowOperator(WindowAssigner<? super IN, W> assigner, Trigger<? super IN, ? super W> trigger,
            StateDescriptor<? extends AppendingState<IN, C>, ?> contentsDescriptor,
            InternalWindowFunction<C, OUT, K, W> windowFunction, long allowedLatenessMillis, OutputTag<IN> lateDataOutputTag) {
        this.assigner = assigner;
        this.trigger = trigger;
        this.contentsDescriptor = contentsDescriptor;
        this.windowFunction = windowFunction;
        this.allowedLatenessMillis = allowedLatenessMillis;
        this.lateDataOutputTag = lateDataOutputTag;
        this.iterableContents = contentsDescriptor.getType() == StateDescriptor.Type.LIST;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void open(OperatorContext<OUT> context) throws Exception {
        super.open(context);
        if (!context.isKeyed()) {
            throw new IllegalStateException("Window operator '" + context.operatorName() + "' needs a keyed input: "
                    + "use keyBy(...).window(...)");
        }
        backend = context.keyedStateBackend();
        timers = context.<K>timeServiceManager().getInternalTimerService(TIMER_SERVICE_NAME, this);
        contents = (AppendingState<IN, C>) backend.getOrCreateKeyedState((StateDescriptor) contentsDescriptor);
        contentsNamespace = (InternalKvState<W>) contents;
        if (assigner instanceof MergingWindowAssigner) {
            mergingContents = (InternalMergingState<W>) contents;
            mergingWindowsState = backend.getOrCreateKeyedState(
                    new MapStateDescriptor<>(MERGING_WINDOWS_STATE_NAME, (Class<W>) (Class) Window.class, (Class<W>) (Class) Window.class));
        }
        collector = new TimestampedCollector<>(output);
        triggerContext = new TriggerContextImpl();
        windowContext = new WindowContextImpl();
        assignerContext = timers::currentProcessingTime;
        lateRecordsDropped = context.counter(LATE_RECORDS_DROPPED);
        windowFunction.open(context.runtimeContext());
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        IN value = record.getValue();
        long timestamp = record.getTimestamp();
        Collection<W> windows = assigner.assignWindows(value, timestamp, assignerContext);
        K key = backend.getCurrentKey();
        boolean skipped = true;
        if (mergingWindowsState != null) {
            MergingWindowSet<W> mergingWindows = mergingWindowSet();
            for (W window : windows) {
                W actualWindow = mergingWindows.addWindow(window, (mergeResult, mergedWindows, stateWindowResult, mergedStateWindows) -> {
                    checkMergeResultNotLate(mergeResult);
                    triggerContext.window = mergeResult;
                    triggerContext.mergedWindows = mergedWindows;
                    try {
                        trigger.onMerge(mergeResult, triggerContext);
                    } finally {
                        triggerContext.mergedWindows = null;
                    }
                    for (W merged : mergedWindows) {
                        triggerContext.window = merged;
                        trigger.clear(merged, triggerContext);
                        deleteCleanupTimer(merged);
                    }
                    mergingContents.mergeNamespaces(stateWindowResult, mergedStateWindows);
                });
                if (isWindowLate(actualWindow)) {
                    mergingWindows.retireWindow(actualWindow);
                    continue;
                }
                skipped = false;
                W stateWindow = mergingWindows.getStateWindow(actualWindow);
                if (stateWindow == null) {
                    throw new IllegalStateException("Window " + actualWindow + " has no state window in " + mergingWindows);
                }
                contentsNamespace.setCurrentNamespace(stateWindow);
                contents.add(value);
                onElement(key, actualWindow, value, timestamp);
            }
            mergingWindows.persist();
        } else {
            for (W window : windows) {
                if (isWindowLate(window)) {
                    continue;
                }
                skipped = false;
                contentsNamespace.setCurrentNamespace(window);
                contents.add(value);
                onElement(key, window, value, timestamp);
            }
        }
        if (skipped && isElementLate(timestamp)) {
            if (lateDataOutputTag != null) {
                output.collect(lateDataOutputTag, record);
            } else {
                lateRecordsDropped.inc();
            }
        }
    }

    /** Runs the trigger for a record added to {@code window}; the contents namespace is set. */
    private void onElement(K key, W window, IN value, long timestamp) throws Exception {
        triggerContext.window = window;
        TriggerResult result = trigger.onElement(value, timestamp, window, triggerContext);
        if (result.isFire()) {
            emitContents(key, window);
        }
        if (result.isPurge()) {
            contents.clear();
        }
        registerCleanupTimer(window);
    }

    @Override
    public void onEventTime(InternalTimer<K, W> timer) throws Exception {
        W window = timer.namespace();
        MergingWindowSet<W> mergingWindows = null;
        if (mergingWindowsState != null) {
            mergingWindows = mergingWindowSet();
            W stateWindow = mergingWindows.getStateWindow(window);
            if (stateWindow == null) {
                return; // a timer of a window that was merged away and whose trigger did not delete it
            }
            contentsNamespace.setCurrentNamespace(stateWindow);
        } else {
            contentsNamespace.setCurrentNamespace(window);
        }
        triggerContext.window = window;
        TriggerResult result = trigger.onEventTime(timer.timestamp(), window, triggerContext);
        onTimerResult(timer.key(), window, result);
        if (assigner.isEventTime() && timer.timestamp() == cleanupTime(window)) {
            clearAllState(window, mergingWindows);
        }
        if (mergingWindows != null) {
            mergingWindows.persist();
        }
    }

    @Override
    public void onProcessingTime(InternalTimer<K, W> timer) throws Exception {
        W window = timer.namespace();
        MergingWindowSet<W> mergingWindows = null;
        if (mergingWindowsState != null) {
            mergingWindows = mergingWindowSet();
            W stateWindow = mergingWindows.getStateWindow(window);
            if (stateWindow == null) {
                return;
            }
            contentsNamespace.setCurrentNamespace(stateWindow);
        } else {
            contentsNamespace.setCurrentNamespace(window);
        }
        triggerContext.window = window;
        TriggerResult result = trigger.onProcessingTime(timer.timestamp(), window, triggerContext);
        onTimerResult(timer.key(), window, result);
        if (!assigner.isEventTime() && timer.timestamp() == cleanupTime(window)) {
            clearAllState(window, mergingWindows);
        }
        if (mergingWindows != null) {
            mergingWindows.persist();
        }
    }

    private void onTimerResult(K key, W window, TriggerResult result) throws Exception {
        if (result.isFire()) {
            emitContents(key, window);
        }
        if (result.isPurge()) {
            contents.clear();
        }
    }

    /** Evaluates the window's contents (namespace already set), if it has any. */
    private void emitContents(K key, W window) throws Exception {
        C c = contents.get();
        if (c == null || (iterableContents && !((Iterable<?>) c).iterator().hasNext())) {
            return;
        }
        collector.withTimestamp(window.maxTimestamp());
        windowContext.window = window;
        windowFunction.process(key, window, windowContext, c, collector);
    }

    /** Removes everything of {@code window}: contents, trigger state and timers, in-flight entry. */
    private void clearAllState(W window, MergingWindowSet<W> mergingWindows) throws Exception {
        contents.clear();
        triggerContext.window = window;
        trigger.clear(window, triggerContext);
        if (mergingWindows != null) {
            mergingWindows.retireWindow(window);
        }
    }

    private MergingWindowSet<W> mergingWindowSet() {
        @SuppressWarnings("unchecked")
        MergingWindowAssigner<?, W> merging = (MergingWindowAssigner<?, W>) assigner;
        return new MergingWindowSet<>(merging, mergingWindowsState);
    }

    private void checkMergeResultNotLate(W mergeResult) {
        if (assigner.isEventTime() && mergeResult.maxTimestamp() + allowedLatenessMillis <= timers.currentWatermark()) {
            throw new IllegalStateException("Merging produced window " + mergeResult + " whose end (plus allowed lateness "
                    + allowedLatenessMillis + " ms) is at or below the current watermark " + timers.currentWatermark()
                    + "; an assigner must not merge windows into the past");
        }
        if (!assigner.isEventTime() && mergeResult.maxTimestamp() <= timers.currentProcessingTime()) {
            throw new IllegalStateException("Merging produced window " + mergeResult + " whose end is at or below the "
                    + "current processing time " + timers.currentProcessingTime());
        }
    }

    /**
     * When the window's state is removed: {@code maxTimestamp + allowedLateness} for event time (saturating at
     * {@link Long#MAX_VALUE}), {@code maxTimestamp} for processing time.
     */
    private long cleanupTime(W window) {
        if (assigner.isEventTime()) {
            long cleanup = window.maxTimestamp() + allowedLatenessMillis;
            return cleanup >= window.maxTimestamp() ? cleanup : Long.MAX_VALUE;
        }
        return window.maxTimestamp();
    }

    private boolean isWindowLate(W window) {
        return assigner.isEventTime() && cleanupTime(window) <= timers.currentWatermark();
    }

    private boolean isElementLate(long timestamp) {
        return assigner.isEventTime() && timestamp + allowedLatenessMillis <= timers.currentWatermark();
    }

    private void registerCleanupTimer(W window) {
        long cleanup = cleanupTime(window);
        if (cleanup == Long.MAX_VALUE) {
            // No timer at the end of time. A window that ends there (EndOfStreamWindows) is still cleaned when
            // its trigger's timer at Long.MAX_VALUE fires, because that is its cleanup time.
            return;
        }
        if (assigner.isEventTime()) {
            timers.registerEventTimeTimer(window, cleanup);
        } else {
            timers.registerProcessingTimeTimer(window, cleanup);
        }
    }

    private void deleteCleanupTimer(W window) {
        long cleanup = cleanupTime(window);
        if (assigner.isEventTime()) {
            timers.deleteEventTimeTimer(window, cleanup);
        } else {
            timers.deleteProcessingTimeTimer(window, cleanup);
        }
    }

    /** Declares {@code isOutputOnEOF} when the trigger fires only at end of input (FLIP-331). */
    @Override
    public OperatorAttributes getOperatorAttributes() {
        Trigger<?, ?> t = trigger instanceof PurgingTrigger<?, ?> p ? p.getNestedTrigger() : trigger;
        return new OperatorAttributesBuilder("Window(" + assigner + ", " + trigger + ")")
                .setOutputOnEOF(t instanceof EndOfStreamTrigger)
                .setOutputOnCheckpoint(false)
                .setInternalSorterSupported(false)
                .build();
    }

    @Override
    public void close() throws Exception {
        try {
            windowFunction.close();
        } finally {
            super.close();
        }
    }

    @Override
    public String toString() {
        return "WindowOperator(" + assigner + ", " + trigger + ", " + windowFunction + ")";
    }

    /** The trigger's view of the current key and window; also its merge context. */
    private final class TriggerContextImpl implements Trigger.OnMergeContext {
        W window;
        /** Set only during {@link Trigger#onMerge}. */
        Collection<W> mergedWindows;

        @Override
        public long getCurrentProcessingTime() {
            return timers.currentProcessingTime();
        }

        @Override
        public long getCurrentWatermark() {
            return timers.currentWatermark();
        }

        @Override
        public void registerProcessingTimeTimer(long time) {
            timers.registerProcessingTimeTimer(window, time);
        }

        @Override
        public void registerEventTimeTimer(long time) {
            timers.registerEventTimeTimer(window, time);
        }

        @Override
        public void deleteProcessingTimeTimer(long time) {
            timers.deleteProcessingTimeTimer(window, time);
        }

        @Override
        public void deleteEventTimeTimer(long time) {
            timers.deleteEventTimeTimer(window, time);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S extends State> S getPartitionedState(StateDescriptor<S, ?> descriptor) {
            S state = backend.getOrCreateKeyedState(descriptor);
            ((InternalKvState<W>) state).setCurrentNamespace(window);
            return state;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S extends AppendingState<?, ?>> void mergePartitionedState(StateDescriptor<S, ?> descriptor) {
            if (mergedWindows == null) {
                throw new IllegalStateException("mergePartitionedState may only be called from Trigger.onMerge");
            }
            if (mergedWindows.isEmpty()) {
                return;
            }
            S state = backend.getOrCreateKeyedState(descriptor);
            if (!(state instanceof InternalMergingState<?>)) {
                throw new IllegalArgumentException("State '" + descriptor.getName() + "' (" + descriptor.getType()
                        + ") cannot be merged: only list, reducing and aggregating state can");
            }
            try {
                ((InternalMergingState<W>) state).mergeNamespaces(window, mergedWindows);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Merging state '" + descriptor.getName() + "' of windows " + mergedWindows
                        + " into " + window + " failed", e);
            }
        }
    }

    /** The window function's view of the window being evaluated. */
    private final class WindowContextImpl implements InternalWindowFunction.WindowContext<W> {
        W window;

        @Override
        public W window() {
            return window;
        }

        @Override
        public long currentProcessingTime() {
            return timers.currentProcessingTime();
        }

        @Override
        public long currentWatermark() {
            return timers.currentWatermark();
        }

        @Override
        public <X> void output(OutputTag<X> tag, X value) {
            output.collect(tag, new StreamRecord<>(value, window.maxTimestamp()));
        }
    }
}
