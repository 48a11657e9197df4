package io.ebbflow.api;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.translation.Transformation;
import io.ebbflow.runtime.graph.StreamNode;

/** The output of one operator, whose name, parallelism and chaining can still be set. */
public class SingleOutputStreamOperator<T> extends DataStream<T> {

    public SingleOutputStreamOperator(StreamExecutionEnvironment environment, Transformation transformation) {
        super(environment, transformation);
    }

    /** Names the operator (in logs, metrics and errors). */
    public SingleOutputStreamOperator<T> name(String name) {
        transformation.setName(name);
        return this;
    }

    /** @throws IllegalArgumentException when {@code parallelism < 1} or the operator is non-parallel */
    public SingleOutputStreamOperator<T> setParallelism(int parallelism) {
        transformation.setParallelism(parallelism);
        return this;
    }

    public SingleOutputStreamOperator<T> setMaxParallelism(int maxParallelism) {
        transformation.setMaxParallelism(maxParallelism);
        return this;
    }

    /** Runs this operator in its own task, never chained with its neighbours. */
    public SingleOutputStreamOperator<T> disableChaining() {
        transformation.setChainingStrategy(StreamNode.ChainingStrategy.NEVER);
        return this;
    }

    /** Starts a new chain at this operator. */
    public SingleOutputStreamOperator<T> startNewChain() {
        transformation.setChainingStrategy(StreamNode.ChainingStrategy.HEAD);
        return this;
    }

    /** The records this operator emitted to the side output {@code tag}. */
    public <X> DataStream<X> getSideOutput(OutputTag<X> tag) {
        return new DataStream<>(environment, Transformation.sideOutput(transformation, tag));
    }
}
