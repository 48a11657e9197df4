package io.ebbflow.api.functions;

/** Receives the values a function emits. Valid only during the call it was passed to. Not thread-safe. */
@FunctionalInterface
public interface Collector<T> {
    void collect(T value);
}
