package io.ebbflow.api.functions;

import io.ebbflow.api.common.OutputTag;

/**
 * A per-record function on a keyed stream, with keyed state (through {@link #getRuntimeContext()}) and
 * timers. Called by the subtask's thread with the record's (or timer's) key as the current key.
 *
 * <p>In backlog mode (FLIP-327) the records of the backlog are processed key by key; a key's event-time
 * timers up to the backlog's last watermark fire after all that key's backlog records, as in batch mode.
 */
public abstract class KeyedProcessFunction<K, I, O> extends AbstractRichFunction {

    private static final long serialVersionUID = 1L;

    public abstract void processElement(I value, Context ctx, Collector<O> out) throws Exception;

    /** Called when a timer registered through {@link TimerService} fires; the timer's key is current. */
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<O> out) throws Exception {}

    /** What {@link #processElement} knows. Valid only during the call. */
    public abstract class Context {
        /** The record's event timestamp in ms, or null when it has none. */
        public abstract Long timestamp();

        public abstract TimerService timerService();

        public abstract <X> void output(OutputTag<X> tag, X value);

        /** The key of the record being processed. */
        public abstract K getCurrentKey();
    }

    /** What {@link #onTimer} knows. */
    public abstract class OnTimerContext extends Context {
        public abstract TimeDomain timeDomain();
    }
}
