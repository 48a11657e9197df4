package io.ebbflow.operators.simple;

import io.ebbflow.api.functions.FilterFunction;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.streamrecord.StreamRecord;

/** Forwards the records a {@link FilterFunction} accepts. */
public final class StreamFilter<T> extends AbstractStreamOperator<T> implements OneInputStreamOperator<T, T> {

    private final FilterFunction<T> function;

    public StreamFilter(FilterFunction<T> function) {
        this.function = function;
    }

    @Override
    public void open(OperatorContext<T> context) throws Exception {
        super.open(context);
        UserFunctions.open(function, context.runtimeContext());
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        if (function.filter(record.getValue())) {
            output.collect(record);
        }
    }

    @Override
    public void close() throws Exception {
        UserFunctions.close(function);
        super.close();
    }
}
