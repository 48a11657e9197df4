package io.ebbflow.operators.keyed;

import io.ebbflow.api.functions.AggregateFunction;
import io.ebbflow.api.state.ValueState;
import io.ebbflow.api.state.ValueStateDescriptor;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.streamrecord.StreamRecord;

/**
 * {@code keyBy(...).aggregate(fn)}: keeps an accumulator per key and emits {@code getResult} after each
 * record, like a running reduce.
 */
public final class StreamGroupedAggregate<IN, ACC, OUT> extends AbstractStreamOperator<OUT>
        implements OneInputStreamOperator<IN, OUT> {

    /** The name of the state holding the accumulator. */
    public static final String STATE_NAME = "_aggregate_state";

    private final AggregateFunction<IN, ACC, OUT> function;
    private final Class<ACC> accumulatorClass;
    private ValueState<ACC> accumulators;

    @SuppressWarnings("unchecked")
    public StreamGroupedAggregate(AggregateFunction<IN, ACC, OUT> function, Class<?> accumulatorClass) {
        this.function = function;
        this.accumulatorClass = (Class<ACC>) accumulatorClass;
    }

    @Override
    public void open(OperatorContext<OUT> context) throws Exception {
        super.open(context);
        accumulators = context.keyedStateBackend().getOrCreateKeyedState(new ValueStateDescriptor<>(STATE_NAME, accumulatorClass));
        UserFunctions.open(function, context.runtimeContext());
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        ACC acc = accumulators.value();
        acc = function.add(record.getValue(), acc == null ? function.createAccumulator() : acc);
        accumulators.update(acc);
        output.collect(record.replace(function.getResult(acc)));
    }

    @Override
    public void close() throws Exception {
        UserFunctions.close(function);
        super.close();
    }
}
