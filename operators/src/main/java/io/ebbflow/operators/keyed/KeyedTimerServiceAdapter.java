package io.ebbflow.operators.keyed;

import io.ebbflow.api.functions.TimerService;
import io.ebbflow.runtime.state.VoidNamespace;
import io.ebbflow.runtime.timers.InternalTimerService;

/** Exposes an operator's internal timer service (in the void namespace) as the user-facing {@link TimerService}. */
final class KeyedTimerServiceAdapter implements TimerService {

    private final InternalTimerService<VoidNamespace> timers;

    KeyedTimerServiceAdapter(InternalTimerService<VoidNamespace> timers) {
        this.timers = timers;
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
    public void registerEventTimeTimer(long time) {
        timers.registerEventTimeTimer(VoidNamespace.INSTANCE, time);
    }

    @Override
    public void registerProcessingTimeTimer(long time) {
        timers.registerProcessingTimeTimer(VoidNamespace.INSTANCE, time);
    }

    @Override
    public void deleteEventTimeTimer(long time) {
        timers.deleteEventTimeTimer(VoidNamespace.INSTANCE, time);
    }

    @Override
    public void deleteProcessingTimeTimer(long time) {
        timers.deleteProcessingTimeTimer(VoidNamespace.INSTANCE, time);
    }
}
