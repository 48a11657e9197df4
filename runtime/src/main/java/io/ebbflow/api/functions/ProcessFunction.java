package io.ebbflow.api.functions;

import io.ebbflow.api.common.OutputTag;

/**
 * The most general per-record function of a non-keyed stream: emits any number of values, to the main
 * output or to side outputs. Called by the subtask's thread.
 */
public abstract class ProcessFunction<I, O> extends AbstractRichFunction {

    private static final long serialVersionUID = 1L;

    public abstract void processElement(I value, Context ctx, Collector<O> out) throws Exception;

    /** What {@link #processElement} knows about the record. Valid only during the call. */
    public abstract class Context {
        /** The record's event timestamp in ms, or null when it has none. */
        public abstract Long timestamp();

        /** The current watermark and the wall clock; timers need a keyed stream. */
        public abstract TimerService timerService();

        /** Emits {@code value} to the side output named by {@code tag}. */
        public abstract <X> void output(OutputTag<X> tag, X value);
    }
}
