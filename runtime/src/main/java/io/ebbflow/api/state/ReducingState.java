package io.ebbflow.api.state;

/** One value per key, combined with each added value by the descriptor's reduce function. */
public interface ReducingState<T> extends AppendingState<T, T> {}
