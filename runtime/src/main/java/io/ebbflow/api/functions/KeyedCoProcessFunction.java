package io.ebbflow.api.functions;

import io.ebbflow.api.common.OutputTag;

/**
 * A per-record function over two connected inputs keyed by equal keys, with shared keyed state and
 * timers. Called by the subtask's thread with the record's key as the current key.
 */
public abstract class KeyedCoProcessFunction<K, I1, I2, O> extends AbstractRichFunction {

    private static final long serialVersionUID = 1L;

    public abstract void processElement1(I1 value, Context ctx, Collector<O> out) throws Exception;

    public abstract void processElement2(I2 value, Context ctx, Collector<O> out) throws Exception;

    public void onTimer(long timestamp, OnTimerContext ctx, Collector<O> out) throws Exception {}

    /** What the process methods know. Valid only during the call. */
    public abstract class Context {
        public abstract Long timestamp();

        public abstract TimerService timerService();

        public abstract <X> void output(OutputTag<X> tag, X value);

        public abstract K getCurrentKey();
    }

    /** What {@link #onTimer} knows. */
    public abstract class OnTimerContext extends Context {
        public abstract TimeDomain timeDomain();
    }
}
