package io.ebbflow.operators.window;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.functions.Collector;
import io.ebbflow.api.functions.RuntimeContext;
import io.ebbflow.api.windowing.functions.ProcessWindowFunction;
import io.ebbflow.api.windowing.windows.Window;
import io.ebbflow.operators.util.UserFunctions;
import java.util.Collections;

/**
 * Runs a user's {@link ProcessWindowFunction}, on the window's list of elements or on the single result of
 * an incremental reduce or aggregate (then passed as a one-element iterable). Opens and closes the user's
 * function with the operator.
 */
final class ProcessWindowFunctionAdapter<C, IN, OUT, K, W extends Window> implements InternalWindowFunction<C, OUT, K, W> {

    private final ProcessWindowFunction<IN, OUT, K, W> function;
    private final boolean singleValue;
    private final ContextAdapter context;

    private ProcessWindowFunctionAdapter(ProcessWindowFunction<IN, OUT, K, W> function, boolean singleValue) {
        this.function = function;
        this.singleValue = singleValue;
        this.context = new ContextAdapter();
    }

    /** For a window whose contents are the list of its elements. */
    static <IN, OUT, K, W extends Window> ProcessWindowFunctionAdapter<Iterable<IN>, IN, OUT, K, W> forElements(
            ProcessWindowFunction<IN, OUT, K, W> function) {
        return new ProcessWindowFunctionAdapter<>(function, false);
    }

    /** For a window whose contents are one incremental result. */
    static <V, OUT, K, W extends Window> ProcessWindowFunctionAdapter<V, V, OUT, K, W> forSingleValue(
            ProcessWindowFunction<V, OUT, K, W> function) {
        return new ProcessWindowFunctionAdapter<>(function, true);
    }

    @Override
    public void open(RuntimeContext runtimeContext) throws Exception {
        UserFunctions.open(function, runtimeContext);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void process(K key, W window, WindowContext<W> windowContext, C contents, Collector<OUT> out) throws Exception {
        Iterable<IN> elements = singleValue ? Collections.singletonList((IN) contents) : (Iterable<IN>) contents;
        context.delegate = windowContext;
        try {
            function.process(key, context, elements, out);
        } finally {
            context.delegate = null;
        }
    }

    @Override
    public void close() throws Exception {
        UserFunctions.close(function);
    }

    @Override
    public String toString() {
        return function.getClass().getSimpleName();
    }

    private final class ContextAdapter extends ProcessWindowFunction<IN, OUT, K, W>.Context {
        WindowContext<W> delegate;

        ContextAdapter() {
            function.super();
        }

        @Override
        public W window() {
            return delegate.window();
        }

        @Override
        public long currentProcessingTime() {
            return delegate.currentProcessingTime();
        }

        @Override
        public long currentWatermark() {
            return delegate.currentWatermark();
        }

        @Override
        public <X> void output(OutputTag<X> tag, X value) {
            delegate.output(tag, value);
        }
    }
}
