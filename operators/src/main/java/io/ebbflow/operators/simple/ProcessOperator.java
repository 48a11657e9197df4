package io.ebbflow.operators.simple;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.functions.ProcessFunction;
import io.ebbflow.api.functions.TimerService;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.streamrecord.StreamRecord;

/** Runs a {@link ProcessFunction} on a non-keyed stream: side outputs, the watermark, no timers. */
public final class ProcessOperator<IN, OUT> extends AbstractStreamOperator<OUT> implements OneInputStreamOperator<IN, OUT> {

    private final ProcessFunction<IN, OUT> function;
    private TimestampedCollector<OUT> collector;
    private ContextImpl ctx;
    private long currentWatermark = Long.MIN_VALUE;

    public ProcessOperator(ProcessFunction<IN, OUT> function) {
        this.function = function;
    }

    @Override
    public void open(OperatorContext<OUT> context) throws Exception {
        super.open(context);
        collector = new TimestampedCollector<>(output);
        ctx = new ContextImpl();
        UserFunctions.open(function, context.runtimeContext());
    }

    @Override
    public void processElement(StreamRecord<IN> record) throws Exception {
        ctx.record = record;
        function.processElement(record.getValue(), ctx, collector.withTimestamp(record.getTimestamp()));
        ctx.record = null;
    }

    @Override
    public void processWatermark(io.ebbflow.api.eventtime.Watermark watermark) throws Exception {
        currentWatermark = watermark.timestamp();
        super.processWatermark(watermark);
    }

    @Override
    public void close() throws Exception {
        UserFunctions.close(function);
        super.close();
    }

    private final class ContextImpl extends ProcessFunction<IN, OUT>.Context implements TimerService {
        StreamRecord<IN> record;

        ContextImpl() {
            function.super();
        }

        @Override
        public Long timestamp() {
            return record != null && record.hasTimestamp() ? record.getTimestamp() : null;
        }

        @Override
        public TimerService timerService() {
            return this;
        }

        @Override
        public <X> void output(OutputTag<X> tag, X value) {
            output.collect(tag, new StreamRecord<>(value, record == null ? StreamRecord.NO_TIMESTAMP : record.getTimestamp()));
        }

        @Override
        public long currentProcessingTime() {
            return context.processingTimeService().getCurrentProcessingTime();
        }

        @Override
        public long currentWatermark() {
            return currentWatermark;
        }

        private UnsupportedOperationException noTimers() {
            return new UnsupportedOperationException("Timers are only available on keyed streams: use keyBy(...).process("
                    + "KeyedProcessFunction) in operator '" + context.operatorName() + "'");
        }

        @Override
        public void registerEventTimeTimer(long time) {
            throw noTimers();
        }

        @Override
        public void registerProcessingTimeTimer(long time) {
            throw noTimers();
        }

        @Override
        public void deleteEventTimeTimer(long time) {
            throw noTimers();
        }

        @Override
        public void deleteProcessingTimeTimer(long time) {
            throw noTimers();
        }
    }
}
