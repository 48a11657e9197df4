package io.ebbflow.api.windowing.triggers;

import io.ebbflow.api.state.AppendingState;
import io.ebbflow.api.state.State;
import io.ebbflow.api.state.StateDescriptor;
import io.ebbflow.api.windowing.windows.Window;
import java.io.Serializable;

/**
 * Decides when a window is evaluated ("fires") and when its contents are dropped ("purged").
 *
 * <p>Called by the window operator on its subtask's thread, with the key of the record or timer current:
 * {@link #onElement} for each record added to a window, {@link #onEventTime} / {@link #onProcessingTime}
 * when a timer the trigger registered for the window fires, {@link #onMerge} when session windows merge,
 * and {@link #clear} when the window is removed (at its cleanup time, or when merged into another).
 *
 * <p>A trigger must not keep state in fields: one instance serves all keys and windows of a subtask (and
 * may be shared by subtasks). Keep per-window state in {@link TriggerContext#getPartitionedState}, which is
 * scoped to the current key and window, and delete it in {@link #clear}.
 *
 * @param <T> the records the trigger sees
 * @param <W> the windows it works on
 */
public abstract class Trigger<T, W extends Window> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Called for every record added to {@code window}; {@code timestamp} is the record's, in ms. */
    public abstract TriggerResult onElement(T element, long timestamp, W window, TriggerContext ctx) throws Exception;

    /** Called when a processing-time timer registered for {@code window} fires at {@code time} (ms). */
    public abstract TriggerResult onProcessingTime(long time, W window, TriggerContext ctx) throws Exception;

    /** Called when an event-time timer registered for {@code window} fires at {@code time} (ms). */
    public abstract TriggerResult onEventTime(long time, W window, TriggerContext ctx) throws Exception;

    /** Whether the trigger supports merging windows (session windows need it). */
    public boolean canMerge() {
        return false;
    }

    /**
     * Called when windows were merged into {@code window}: re-register timers for it and merge per-window
     * state with {@link OnMergeContext#mergePartitionedState}. The merged windows are {@link #clear cleared}
     * afterwards.
     *
     * @throws UnsupportedOperationException when the trigger cannot merge ({@link #canMerge()} is false)
     */
    public void onMerge(W window, OnMergeContext ctx) throws Exception {
        throw new UnsupportedOperationException("Trigger " + this + " does not support merging windows");
    }

    /** Deletes the timers and state this trigger keeps for {@code window}. */
    public abstract void clear(W window, TriggerContext ctx) throws Exception;

    /**
     * What a trigger may do for the current key and window. Valid only during the call it is passed to.
     */
    public interface TriggerContext {

        long getCurrentProcessingTime();

        /** The operator's event-time watermark, {@link Long#MIN_VALUE} before the first. */
        long getCurrentWatermark();

        /** Registers a processing-time timer at {@code time} (ms) for the current key and window. */
        void registerProcessingTimeTimer(long time);

        /** Registers an event-time timer at {@code time} (ms) for the current key and window. */
        void registerEventTimeTimer(long time);

        void deleteProcessingTimeTimer(long time);

        void deleteEventTimeTimer(long time);

        /** A keyed state handle scoped to the current key and window. */
        <S extends State> S getPartitionedState(StateDescriptor<S, ?> descriptor);
    }

    /** The context of {@link #onMerge}. */
    public interface OnMergeContext extends TriggerContext {

        /**
         * Merges the state of {@code descriptor} of the merged windows into the current window.
         *
         * @throws IllegalArgumentException when the state cannot be merged (value and map state)
         */
        <S extends AppendingState<?, ?>> void mergePartitionedState(StateDescriptor<S, ?> descriptor);
    }
}
