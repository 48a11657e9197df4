package io.ebbflow.api.state;

/** An accumulator per key, fed through the descriptor's aggregate function; {@code get} returns its result. */
public interface AggregatingState<IN, OUT> extends AppendingState<IN, OUT> {}
