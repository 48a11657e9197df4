package io.ebbflow.api;

import io.ebbflow.api.translation.Transformation;

/** The stream of a source. */
public final class DataStreamSource<T> extends SingleOutputStreamOperator<T> {
    DataStreamSource(StreamExecutionEnvironment environment, Transformation transformation) {
        super(environment, transformation);
        environment.addOperator(transformation);
    }
}
