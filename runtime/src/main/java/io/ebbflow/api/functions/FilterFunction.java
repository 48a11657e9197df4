package io.ebbflow.api.functions;

/** Keeps the values for which it returns true. Called by the subtask's thread. */
@FunctionalInterface
public interface FilterFunction<T> extends Function {
    boolean filter(T value) throws Exception;
}
