package io.ebbflow.operators.simple;

import io.ebbflow.api.functions.MapFunction;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.streamrecord.StreamRecord;

/** Applies a {@link MapFunction} to each record, keeping its timestamp. */
public final class StreamMap<IN, OUT> extends AbstractStreamOperator<OUT> implements OneInputStreamOperator<IN, OUT> {

    private final MapFunction<IN, OUT> function;

    public StreamMap(MapFunction<IN, OUT> function) {
        this.function = function;
    }

    @Override
    public void open(OperatorContext<OUT> context) throws Exception {
        super.open(context);
        UserFunctions.open(function, context.runtimeContext());
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        output.collect(record.replace(function.map(record.getValue())));
    }

    @Override
    public void close() throws Exception {
        UserFunctions.close(function);
        super.close();
    }
}
