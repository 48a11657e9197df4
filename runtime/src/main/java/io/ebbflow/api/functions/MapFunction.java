package io.ebbflow.api.functions;

/** Transforms one value into one value. Called by the subtask's thread, one record at a time. */
@FunctionalInterface
public interface MapFunction<T, O> extends Function {
    /** Returns the value to emit; throwing fails the job (restarted per the restart strategy). */
    O map(T value) throws Exception;
}
