package io.ebbflow.runtime.timers;

import io.ebbflow.runtime.state.KeyedStateBackend;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The timer services of one keyed operator, by name (an operator may keep several, e.g. a window operator
 * and its user function). Advances all of them with the operator's watermark.
 */
public final class InternalTimeServiceManager<K> {

    private final KeyedStateBackend<K> keyContext;
    private final ProcessingTimeService processingTimeService;
    private final Map<String, HeapInternalTimerService<K, ?>> services = new LinkedHashMap<>();

    public InternalTimeServiceManager(KeyedStateBackend<K> keyContext, ProcessingTimeService processingTimeService) {
        this.keyContext = keyContext;
        this.processingTimeService = processingTimeService;
    }

    /** Returns the timer service named {@code name}, creating it with {@code triggerable} on first use. */
    @SuppressWarnings("unchecked")
    public <N> InternalTimerService<N> getInternalTimerService(String name, Triggerable<K, N> triggerable) {
        return (InternalTimerService<N>) services.computeIfAbsent(name,
                n -> new HeapInternalTimerService<>(keyContext, processingTimeService, triggerable));
    }

    /** Fires the event-time timers of all services up to {@code watermark}. */
    public void advanceWatermark(long watermark) throws Exception {
        for (HeapInternalTimerService<K, ?> s : services.values()) {
            s.advanceWatermark(watermark);
        }
    }

    public void close() {
        services.values().forEach(HeapInternalTimerService::close);
    }
}
