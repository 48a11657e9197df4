package io.ebbflow.operators.keyed;

import io.ebbflow.api.functions.ReduceFunction;
import io.ebbflow.api.state.ValueState;
import io.ebbflow.api.state.ValueStateDescriptor;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.streamrecord.StreamRecord;

/**
 * {@code keyBy(...).reduce(fn)}: keeps one value per key and emits the running reduction after each record
 * (Flink's semantics: a key's first record is emitted as is).
 */
public final class StreamGroupedReduce<T> extends AbstractStreamOperator<T> implements OneInputStreamOperator<T, T> {

    /** The name of the state holding the running value, for tests that read state back. */
    public static final String STATE_NAME = "_reduce_state";

    private final ReduceFunction<T> function;
    private final Class<T> typeClass;
    private ValueState<T> values;

    @SuppressWarnings("unchecked")
    public StreamGroupedReduce(ReduceFunction<T> function, Class<? super T> typeClass) {
        this.function = function;
        this.typeClass = (Class<T>) typeClass;
    }

    @Override
    public void open(OperatorContext<T> context) throws Exception {
        super.open(context);
        values = context.keyedStateBackend().getOrCreateKeyedState(new ValueStateDescriptor<>(STATE_NAME, typeClass));
        UserFunctions.open(function, context.runtimeContext());
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        T current = values.value();
        T in = record.getValue();
        T next = current == null ? in : function.reduce(current, in);
        values.update(next);
        output.collect(record.replace(next));
    }

    @Override
    public void close() throws Exception {
        UserFunctions.close(function);
        super.close();
    }
}
