package io.ebbflow.api;

import io.ebbflow.api.functions.AggregateFunction;
import io.ebbflow.api.functions.KeyedProcessFunction;
import io.ebbflow.api.functions.KeySelector;
import io.ebbflow.api.functions.ReduceFunction;
import io.ebbflow.api.translation.Transformation;
import io.ebbflow.api.windowing.assigners.WindowAssigner;
import io.ebbflow.api.windowing.windows.Window;
import io.ebbflow.operators.aggregation.FieldAccessor;
import io.ebbflow.operators.aggregation.FieldAggregators;
import io.ebbflow.operators.keyed.KeyedProcessOperator;
import io.ebbflow.operators.keyed.StreamGroupedAggregate;
import io.ebbflow.operators.keyed.StreamGroupedReduce;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.operators.OperatorFactory;
import io.ebbflow.runtime.partition.KeyGroupStreamPartitioner;
import java.util.Objects;

/**
 * A stream partitioned by key: operators on it get keyed state and timers, scoped to each record's key.
 *
 * <p>Keys are assigned to key groups and key groups to subtasks as in Flink, so keyed state can be rescaled.
 */
public class KeyedStream<T, K> extends DataStream<T> {

    private final KeySelector<T, K> keySelector;

    KeyedStream(DataStream<T> input, KeySelector<T, K> keySelector) {
        super(input.environment, Transformation.partition(input.transformation,
                new KeyGroupStreamPartitioner(Objects.requireNonNull(keySelector, "keySelector"),
                        input.environment.getMaxParallelism())));
        this.keySelector = keySelector;
    }

    public KeySelector<T, K> getKeySelector() {
        return keySelector;
    }

    /** Adds a keyed one-input operator: the runtime sets each record's key before the operator sees it. */
    @Override
    public <R> SingleOutputStreamOperator<R> transform(String operatorName, OperatorFactory<R> factory) {
        Transformation t = Transformation.oneInput(operatorName, transformation, factory, -1);
        t.setKeySelectors(keySelector, null);
        environment.addOperator(t);
        return new SingleOutputStreamOperator<>(environment, t);
    }

    /** Emits, per record, the running reduction of its key's records so far. */
    public SingleOutputStreamOperator<T> reduce(ReduceFunction<T> reducer) {
        Objects.requireNonNull(reducer, "reducer");
        return transform("Keyed Reduce", (i, p) -> new StreamGroupedReduce<>(UserFunctions.copy(reducer, p), Object.class));
    }

    /** Emits, per record, the aggregate of its key's records so far. */
    public <ACC, R> SingleOutputStreamOperator<R> aggregate(AggregateFunction<T, ACC, R> aggregator) {
        Objects.requireNonNull(aggregator, "aggregator");
        return transform("Keyed Aggregation",
                (i, p) -> new StreamGroupedAggregate<>(UserFunctions.copy(aggregator, p), Object.class));
    }

    /** Running sum of a field given by position (tuples: f0, f1...; records: component index; boxed numbers: 0). */
    public SingleOutputStreamOperator<T> sum(int position) {
        return reduce(FieldAggregators.sum(FieldAccessor.byPosition(position))).name("Keyed Aggregation: sum");
    }

    /** Running sum of a field given by name (a record component or public field). */
    public SingleOutputStreamOperator<T> sum(String field) {
        return reduce(FieldAggregators.sum(FieldAccessor.byName(field))).name("Keyed Aggregation: sum");
    }

    public SingleOutputStreamOperator<T> min(int position) {
        return reduce(FieldAggregators.min(FieldAccessor.byPosition(position))).name("Keyed Aggregation: min");
    }

    public SingleOutputStreamOperator<T> min(String field) {
        return reduce(FieldAggregators.min(FieldAccessor.byName(field))).name("Keyed Aggregation: min");
    }

    public SingleOutputStreamOperator<T> max(int position) {
        return reduce(FieldAggregators.max(FieldAccessor.byPosition(position))).name("Keyed Aggregation: max");
    }

    public SingleOutputStreamOperator<T> max(String field) {
        return reduce(FieldAggregators.max(FieldAccessor.byName(field))).name("Keyed Aggregation: max");
    }

    public SingleOutputStreamOperator<T> minBy(String field) {
        return reduce(FieldAggregators.minBy(FieldAccessor.byName(field))).name("Keyed Aggregation: minBy");
    }

    public SingleOutputStreamOperator<T> maxBy(String field) {
        return reduce(FieldAggregators.maxBy(FieldAccessor.byName(field))).name("Keyed Aggregation: maxBy");
    }

    /**
     * Groups each key's records into windows: tumbling, sliding, session or global, by event or processing
     * time. Results come per window from {@code reduce}, {@code aggregate} or {@code process}.
     */
    public <W extends Window> WindowedStream<T, K, W> window(WindowAssigner<? super T, W> assigner) {
        return new WindowedStream<>(this, assigner);
    }

    /** Runs a {@link KeyedProcessFunction} with keyed state and timers. */
    public <R> SingleOutputStreamOperator<R> process(KeyedProcessFunction<K, T, R> function) {
        Objects.requireNonNull(function, "function");
        return transform("Keyed Process", (i, p) -> new KeyedProcessOperator<>(UserFunctions.copy(function, p)));
    }
}
