package io.ebbflow.runtime.operators;

/**
 * Creates one operator instance per subtask (and per attempt, after a restart). Implementations give each
 * instance its own copy of the user's function.
 */
@FunctionalInterface
public interface OperatorFactory<OUT> {
    StreamOperator<OUT> createOperator(int subtaskIndex, int parallelism);
}
