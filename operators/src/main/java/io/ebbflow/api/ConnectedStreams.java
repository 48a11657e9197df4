package io.ebbflow.api;

import io.ebbflow.api.functions.KeySelector;
import io.ebbflow.api.functions.KeyedCoProcessFunction;
import io.ebbflow.api.translation.Transformation;
import io.ebbflow.operators.keyed.KeyedCoProcessOperator;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.operators.OperatorFactory;
import io.ebbflow.runtime.partition.KeyGroupStreamPartitioner;
import java.util.Objects;

/** Two streams of possibly different types processed by one two-input operator. */
public final class ConnectedStreams<A, B> {

    private final StreamExecutionEnvironment environment;
    private final DataStream<A> first;
    private final DataStream<B> second;
    private final KeySelector<A, ?> keySelector1;
    private final KeySelector<B, ?> keySelector2;

    ConnectedStreams(StreamExecutionEnvironment environment, DataStream<A> first, DataStream<B> second) {
        this(environment, first, second, null, null);
    }

    private ConnectedStreams(StreamExecutionEnvironment environment, DataStream<A> first, DataStream<B> second,
            KeySelector<A, ?> keySelector1, KeySelector<B, ?> keySelector2) {
        this.environment = environment;
        this.first = first;
        this.second = second;
        this.keySelector1 = keySelector1;
        this.keySelector2 = keySelector2;
    }

    /** Partitions both inputs by keys of the same type: equal keys meet in one subtask and share keyed state. */
    public <K> ConnectedStreams<A, B> keyBy(KeySelector<A, K> key1, KeySelector<B, K> key2) {
        Objects.requireNonNull(key1, "key1");
        Objects.requireNonNull(key2, "key2");
        int maxParallelism = environment.getMaxParallelism();
        DataStream<A> a = new DataStream<>(environment,
                Transformation.partition(first.getTransformation(), new KeyGroupStreamPartitioner(key1, maxParallelism)));
        DataStream<B> b = new DataStream<>(environment,
                Transformation.partition(second.getTransformation(), new KeyGroupStreamPartitioner(key2, maxParallelism)));
        return new ConnectedStreams<>(environment, a, b, key1, key2);
    }

    /**
     * Runs a {@link KeyedCoProcessFunction}.
     *
     * @throws IllegalStateException when the inputs were not keyed with {@link #keyBy}
     */
    public <K, R> SingleOutputStreamOperator<R> process(KeyedCoProcessFunction<K, A, B, R> function) {
        Objects.requireNonNull(function, "function");
        if (keySelector1 == null) {
            throw new IllegalStateException("A KeyedCoProcessFunction needs keyed inputs: call keyBy(key1, key2) first");
        }
        return transform("Keyed Co-Process", (i, p) -> new KeyedCoProcessOperator<>(UserFunctions.copy(function, p)));
    }

    /** Adds a two-input operator created by {@code factory}; keyed if {@link #keyBy} was called. */
    public <R> SingleOutputStreamOperator<R> transform(String operatorName, OperatorFactory<R> factory) {
        Transformation t = Transformation.twoInput(operatorName, first.getTransformation(), second.getTransformation(), factory, -1);
        if (keySelector1 != null) {
            t.setKeySelectors(keySelector1, keySelector2);
        }
        environment.addOperator(t);
        return new SingleOutputStreamOperator<>(environment, t);
    }
}
