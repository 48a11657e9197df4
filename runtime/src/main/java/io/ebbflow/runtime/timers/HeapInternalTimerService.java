package io.ebbflow.runtime.timers;

import io.ebbflow.runtime.state.KeyedStateBackend;

/**
 * Timers held in memory. Event-time timers fire from {@link #advanceWatermark}; processing-time timers
 * keep one wall-clock timer scheduled for the earliest of them, as Flink's timer service does, so a
 * million registered timers cost one scheduled task.
 */
public final class HeapInternalTimerService<K, N> implements InternalTimerService<N> {

    private final KeyedStateBackend<K> keyContext;
    private final ProcessingTimeService processingTimeService;
    private final Triggerable<K, N> triggerable;
    private final TimerQueue<K, N> eventTimeTimers = new TimerQueue<>();
    private final TimerQueue<K, N> processingTimeTimers = new TimerQueue<>();
    private long currentWatermark = Long.MIN_VALUE;
    private ProcessingTimeService.Cancellable nextProcessingTimer;
    private long nextProcessingTimerTime = Long.MAX_VALUE;

    public HeapInternalTimerService(KeyedStateBackend<K> keyContext, ProcessingTimeService processingTimeService,
            Triggerable<K, N> triggerable) {
        this.keyContext = keyContext;
        this.processingTimeService = processingTimeService;
        this.triggerable = triggerable;
    }

    @Override
    public long currentProcessingTime() {
        return processingTimeService.getCurrentProcessingTime();
    }

    @Override
    public long currentWatermark() {
        return currentWatermark;
    }

    @Override
    public void registerProcessingTimeTimer(N namespace, long time) {
        if (processingTimeTimers.add(new InternalTimer<>(time, keyContext.getCurrentKey(), namespace))) {
            if (time < nextProcessingTimerTime) {
                if (nextProcessingTimer != null) {
                    nextProcessingTimer.cancel();
                }
                nextProcessingTimerTime = time;
                nextProcessingTimer = processingTimeService.registerTimer(time, this::onProcessingTime);
            }
        }
    }

    @Override
    public void deleteProcessingTimeTimer(N namespace, long time) {
        processingTimeTimers.remove(new InternalTimer<>(time, keyContext.getCurrentKey(), namespace));
    }

    @Override
    public void registerEventTimeTimer(N namespace, long time) {
        eventTimeTimers.add(new InternalTimer<>(time, keyContext.getCurrentKey(), namespace));
    }

    @Override
    public void deleteEventTimeTimer(N namespace, long time) {
        eventTimeTimers.remove(new InternalTimer<>(time, keyContext.getCurrentKey(), namespace));
    }

    @Override
    public int numEventTimeTimers() {
        return eventTimeTimers.size();
    }

    @Override
    public int numProcessingTimeTimers() {
        return processingTimeTimers.size();
    }

    /**
     * Fires, in timestamp order, every event-time timer at or below {@code watermark}, each with its key set
     * as current. Timers registered by a firing timer at or below the watermark fire in the same call.
     */
    public void advanceWatermark(long watermark) throws Exception {
        currentWatermark = watermark;
        InternalTimer<K, N> timer;
        while ((timer = eventTimeTimers.peek()) != null && timer.timestamp() <= watermark) {
            eventTimeTimers.poll();
            keyContext.setCurrentKey(timer.key());
            triggerable.onEventTime(timer);
        }
    }

    private void onProcessingTime(long time) throws Exception {
        nextProcessingTimer = null;
        nextProcessingTimerTime = Long.MAX_VALUE;
        InternalTimer<K, N> timer;
        while ((timer = processingTimeTimers.peek()) != null && timer.timestamp() <= time) {
            processingTimeTimers.poll();
            keyContext.setCurrentKey(timer.key());
            triggerable.onProcessingTime(timer);
        }
        if (timer != null && nextProcessingTimer == null) {
            nextProcessingTimerTime = timer.timestamp();
            nextProcessingTimer = processingTimeService.registerTimer(timer.timestamp(), this::onProcessingTime);
        }
    }

    /** Cancels the scheduled wall-clock timer; called when the operator closes. */
    public void close() {
        if (nextProcessingTimer != null) {
            nextProcessingTimer.cancel();
            nextProcessingTimer = null;
        }
    }
}
