package io.ebbflow.api.functions;

/**
 * An incremental aggregation with an accumulator, as in Flink: {@code createAccumulator}, then {@code add}
 * per value, {@code getResult} to read it, {@code merge} to combine two accumulators (merging windows).
 *
 * @param <IN> input values
 * @param <ACC> the accumulator; may be mutated in place and returned
 * @param <OUT> the result
 */
public interface AggregateFunction<IN, ACC, OUT> extends Function {
    ACC createAccumulator();

    ACC add(IN value, ACC accumulator);

    OUT getResult(ACC accumulator);

    ACC merge(ACC a, ACC b);
}
