package io.ebbflow.api.windowing.functions;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.functions.AbstractRichFunction;
import io.ebbflow.api.functions.Collector;
import io.ebbflow.api.windowing.windows.Window;

/**
 * Evaluates a window: receives all its elements (or, after an incremental reduce or aggregate, the one
 * result) with the key and window. A rich function: {@code open} and {@code close} run once per subtask,
 * and its runtime context gives keyed state scoped to the key (not to the window).
 *
 * <p>Called on the subtask's thread when the window's trigger fires. Values emitted to {@code out} carry the
 * window's {@link Window#maxTimestamp()} as timestamp.
 *
 * @param <IN> the window's elements
 * @param <OUT> the results
 * @param <KEY> the key
 * @param <W> the window
 */
public abstract class ProcessWindowFunction<IN, OUT, KEY, W extends Window> extends AbstractRichFunction {

    private static final long serialVersionUID = 1L;

    /**
     * Evaluates one firing of a window.
     *
     * @param elements the window's contents; valid only during the call
     * @throws Exception to fail the job
     */
    public abstract void process(KEY key, Context context, Iterable<IN> elements, Collector<OUT> out) throws Exception;

    /** What {@link #process} knows about the window and time. Valid only during the call. */
    public abstract class Context {

        /** The window being evaluated. */
        public abstract W window();

        /** The subtask's processing time, in ms. */
        public abstract long currentProcessingTime();

        /** The operator's event-time watermark, {@link Long#MIN_VALUE} before the first. */
        public abstract long currentWatermark();

        /** Emits {@code value} to the side output {@code tag}, with the window's max timestamp. */
        public abstract <X> void output(OutputTag<X> tag, X value);
    }
}
