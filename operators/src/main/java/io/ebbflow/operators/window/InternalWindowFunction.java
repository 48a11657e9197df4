package io.ebbflow.operators.window;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.functions.Collector;
import io.ebbflow.api.functions.RuntimeContext;
import io.ebbflow.api.windowing.windows.Window;

/**
 * What the {@link WindowOperator} calls when a window fires: evaluates the window's contents, which are the
 * whole list of elements (process) or the one incremental result (reduce, aggregate). Adapts the user's
 * function, so the operator has one code path for all kinds.
 *
 * @param <C> the contents as the window state returns them
 * @param <OUT> the results
 * @param <K> the key
 * @param <W> the window
 */
interface InternalWindowFunction<C, OUT, K, W extends Window> {

    void open(RuntimeContext runtimeContext) throws Exception;

    void process(K key, W window, WindowContext<W> context, C contents, Collector<OUT> out) throws Exception;

    void close() throws Exception;

    /** The operator's view of the window being evaluated. */
    interface WindowContext<W> {
        W window();

        long currentProcessingTime();

        long currentWatermark();

        <X> void output(OutputTag<X> tag, X value);
    }
}
