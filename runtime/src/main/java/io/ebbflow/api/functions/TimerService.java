package io.ebbflow.api.functions;

/**
 * Time and timers for the current key of a keyed function.
 *
 * <p>Timers are scoped to the key of the record (or timer) being processed and deduplicated: registering
 * the same timestamp twice for a key fires once. Event-time timers fire when the watermark passes their
 * timestamp; processing-time timers fire when the wall clock does. Used from the subtask's thread only.
 */
public interface TimerService {

    /** The wall-clock time in milliseconds since the epoch. */
    long currentProcessingTime();

    /** The operator's current event-time watermark, {@link Long#MIN_VALUE} before the first. */
    long currentWatermark();

    /** Registers an event-time timer for the current key, firing when the watermark reaches {@code time} (ms). */
    void registerEventTimeTimer(long time);

    /** Registers a processing-time timer for the current key, firing at wall-clock {@code time} (ms). */
    void registerProcessingTimeTimer(long time);

    void deleteEventTimeTimer(long time);

    void deleteProcessingTimeTimer(long time);
}
