package io.ebbflow.api.state;

import io.ebbflow.api.functions.AggregateFunction;
import io.ebbflow.api.serialization.Serializer;
import java.util.Objects;

/** Describes an {@link AggregatingState}; the stored type is the accumulator's. */
public class AggregatingStateDescriptor<IN, ACC, OUT> extends StateDescriptor<AggregatingState<IN, OUT>, ACC> {
    private static final long serialVersionUID = 1L;

    private final AggregateFunction<IN, ACC, OUT> aggregateFunction;

    public AggregatingStateDescriptor(String name, AggregateFunction<IN, ACC, OUT> fn, Class<ACC> accumulatorClass) {
        super(name, accumulatorClass, null);
        this.aggregateFunction = Objects.requireNonNull(fn, "aggregateFunction");
    }

    public AggregatingStateDescriptor(String name, AggregateFunction<IN, ACC, OUT> fn, Serializer<ACC> accumulatorSerializer) {
        super(name, null, accumulatorSerializer);
        this.aggregateFunction = Objects.requireNonNull(fn, "aggregateFunction");
    }

    public AggregateFunction<IN, ACC, OUT> getAggregateFunction() {
        return aggregateFunction;
    }

    @Override
    public Type getType() {
        return Type.AGGREGATING;
    }
}
