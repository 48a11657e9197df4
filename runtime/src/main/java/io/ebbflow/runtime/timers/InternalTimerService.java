package io.ebbflow.runtime.timers;

/**
 * Timers for the current key of a keyed operator, in a namespace (a window, or VoidNamespace). Timers of
 * equal (key, namespace, timestamp) are deduplicated. Used by the task thread only.
 */
public interface InternalTimerService<N> {

    long currentProcessingTime();

    /** The operator's current event-time watermark, {@link Long#MIN_VALUE} before the first. */
    long currentWatermark();

    void registerProcessingTimeTimer(N namespace, long time);

    void deleteProcessingTimeTimer(N namespace, long time);

    void registerEventTimeTimer(N namespace, long time);

    void deleteEventTimeTimer(N namespace, long time);

    /** The number of event-time timers queued (all keys). */
    int numEventTimeTimers();

    /** The number of processing-time timers queued (all keys). */
    int numProcessingTimeTimers();
}
