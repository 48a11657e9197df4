package io.ebbflow.api.functions;

/** Combines two values of one type into one; must be associative. */
@FunctionalInterface
public interface ReduceFunction<T> extends Function {
    /** Combines {@code value1} (the accumulated value) with {@code value2} (the new one). */
    T reduce(T value1, T value2) throws Exception;
}
