package io.ebbflow.operators.window;

import io.ebbflow.api.functions.Collector;
import io.ebbflow.api.functions.RuntimeContext;
import io.ebbflow.api.windowing.windows.Window;

/** Emits the incremental result of a reduce or aggregate window as it is. */
final class PassThroughWindowFunction<T, K, W extends Window> implements InternalWindowFunction<T, T, K, W> {

    @Override
    public void open(RuntimeContext runtimeContext) {}

    @Override
    public void process(K key, W window, WindowContext<W> context, T contents, Collector<T> out) {
        out.collect(contents);
    }

    @Override
    public void close() {}

    @Override
    public String toString() {
        return "PassThroughWindowFunction";
    }
}
