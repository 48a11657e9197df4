package io.ebbflow.api.functions;

/** Emits zero or more values per input value through the collector. Called by the subtask's thread. */
@FunctionalInterface
public interface FlatMapFunction<T, O> extends Function {
    void flatMap(T value, Collector<O> out) throws Exception;
}
