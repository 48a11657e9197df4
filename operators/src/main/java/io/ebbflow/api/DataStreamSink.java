package io.ebbflow.api;

import io.ebbflow.api.translation.Transformation;
import io.ebbflow.runtime.graph.StreamNode;

/** The end of a stream: a sink operator whose name and parallelism can be set. */
public final class DataStreamSink<T> {

    private final Transformation transformation;

    DataStreamSink(Transformation transformation) {
        this.transformation = transformation;
    }

    public Transformation getTransformation() {
        return transformation;
    }

    public DataStreamSink<T> name(String name) {
        transformation.setName(name);
        return this;
    }

    public DataStreamSink<T> setParallelism(int parallelism) {
        transformation.setParallelism(parallelism);
        return this;
    }

    public DataStreamSink<T> disableChaining() {
        transformation.setChainingStrategy(StreamNode.ChainingStrategy.NEVER);
        return this;
    }
}
