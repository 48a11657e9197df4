package io.ebbflow.api.functions;

import io.ebbflow.api.common.OutputTag;

/** A per-record function over two connected, non-keyed inputs. Called by the subtask's thread. */
public abstract class CoProcessFunction<I1, I2, O> extends AbstractRichFunction {

    private static final long serialVersionUID = 1L;

    public abstract void processElement1(I1 value, Context ctx, Collector<O> out) throws Exception;

    public abstract void processElement2(I2 value, Context ctx, Collector<O> out) throws Exception;

    /** What the process methods know. Valid only during the call. */
    public abstract class Context {
        public abstract Long timestamp();

        public abstract TimerService timerService();

        public abstract <X> void output(OutputTag<X> tag, X value);
    }
}
