package io.ebbflow.operators.simple;

import io.ebbflow.api.functions.FlatMapFunction;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.streamrecord.StreamRecord;

/** Applies a {@link FlatMapFunction}; emitted values keep the input record's timestamp. */
public final class StreamFlatMap<IN, OUT> extends AbstractStreamOperator<OUT> implements OneInputStreamOperator<IN, OUT> {

    private final FlatMapFunction<IN, OUT> function;
    private TimestampedCollector<OUT> collector;

    public StreamFlatMap(FlatMapFunction<IN, OUT> function) {
        this.function = function;
    }

    @Override
    public void open(OperatorContext<OUT> context) throws Exception {
        super.open(context);
        collector = new TimestampedCollector<>(output);
        UserFunctions.open(function, context.runtimeContext());
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        function.flatMap(record.getValue(), collector.withTimestamp(record.getTimestamp()));
    }

    @Override
    public void close() throws Exception {
        UserFunctions.close(function);
        super.close();
    }
}
