package io.ebbflow.operators.keyed;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.api.functions.KeyedCoProcessFunction;
import io.ebbflow.api.functions.TimeDomain;
import io.ebbflow.api.functions.TimerService;
import io.ebbflow.operators.simple.TimestampedCollector;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.operators.TwoInputStreamOperator;
import io.ebbflow.runtime.operators.TwoInputWatermarks;
import io.ebbflow.runtime.state.KeyedStateBackend;
import io.ebbflow.runtime.state.VoidNamespace;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.timers.InternalTimer;
import io.ebbflow.runtime.timers.Triggerable;

/** Runs a {@link KeyedCoProcessFunction} over two inputs keyed by equal keys, with shared keyed state and timers. */
public final class KeyedCoProcessOperator<K, IN1, IN2, OUT> extends AbstractStreamOperator<OUT>
        implements TwoInputStreamOperator<IN1, IN2, OUT>, Triggerable<K, VoidNamespace> {

    private final KeyedCoProcessFunction<K, IN1, IN2, OUT> function;
    private final TwoInputWatermarks watermarks = new TwoInputWatermarks();
    private TimestampedCollector<OUT> collector;
    private KeyedStateBackend<K> backend;
    private TimerService timerService;
    private ContextImpl ctx;
    private OnTimerContextImpl timerCtx;

    public KeyedCoProcessOperator(KeyedCoProcessFunction<K, IN1, IN2, OUT> function) {
        this.function = function;
    }

    @Override
    public void open(OperatorContext<OUT> context) throws Exception {
        super.open(context);
        collector = new TimestampedCollector<>(output);
        backend = context.keyedStateBackend();
        timerService = new KeyedTimerServiceAdapter(
                context.<K>timeServiceManager().getInternalTimerService("user-timers", this));
        ctx = new ContextImpl();
        timerCtx = new OnTimerContextImpl();
        UserFunctions.open(function, context.runtimeContext());
    }

    @Override
    public void processElement1(StreamRecord<IN1> record) throws Exception {
        ctx.timestamp = record.getTimestamp();
        function.processElement1(record.getValue(), ctx, collector.withTimestamp(record.getTimestamp()));
    }

    @Override
    public void processElement2(StreamRecord<IN2> record) throws Exception {
        ctx.timestamp = record.getTimestamp();
        function.processElement2(record.getValue(), ctx, collector.withTimestamp(record.getTimestamp()));
    }

    @Override
    public void processWatermark1(Watermark watermark) throws Exception {
        long combined = watermarks.update(1, watermark.timestamp());
        if (combined != Long.MIN_VALUE) {
            processWatermark(new Watermark(combined));
        }
    }

    @Override
    public void processWatermark2(Watermark watermark) throws Exception {
        long combined = watermarks.update(2, watermark.timestamp());
        if (combined != Long.MIN_VALUE) {
            processWatermark(new Watermark(combined));
        }
    }

    @Override
    public void endInput(int inputId) {}

    @Override
    public void onEventTime(InternalTimer<K, VoidNamespace> timer) throws Exception {
        timerCtx.timestamp = timer.timestamp();
        timerCtx.domain = TimeDomain.EVENT_TIME;
        function.onTimer(timer.timestamp(), timerCtx, collector.withTimestamp(timer.timestamp()));
    }

    @Override
    public void onProcessingTime(InternalTimer<K, VoidNamespace> timer) throws Exception {
        timerCtx.timestamp = StreamRecord.NO_TIMESTAMP;
        timerCtx.domain = TimeDomain.PROCESSING_TIME;
        function.onTimer(timer.timestamp(), timerCtx, collector.withTimestamp(StreamRecord.NO_TIMESTAMP));
    }

    @Override
    public void close() throws Exception {
        UserFunctions.close(function);
        super.close();
    }

    private final class ContextImpl extends KeyedCoProcessFunction<K, IN1, IN2, OUT>.Context {
        long timestamp;

        ContextImpl() {
            function.super();
        }

        @Override
        public Long timestamp() {
            return timestamp == StreamRecord.NO_TIMESTAMP ? null : timestamp;
        }

        @Override
        public TimerService timerService() {
            return timerService;
        }

        @Override
        public <X> void output(OutputTag<X> tag, X value) {
            output.collect(tag, new StreamRecord<>(value, timestamp));
        }

        @Override
        public K getCurrentKey() {
            return backend.getCurrentKey();
        }
    }

    private final class OnTimerContextImpl extends KeyedCoProcessFunction<K, IN1, IN2, OUT>.OnTimerContext {
        long timestamp;
        TimeDomain domain;

        OnTimerContextImpl() {
            function.super();
        }

        @Override
        public Long timestamp() {
            return timestamp == StreamRecord.NO_TIMESTAMP ? null : timestamp;
        }

        @Override
        public TimerService timerService() {
            return timerService;
        }

        @Override
        public <X> void output(OutputTag<X> tag, X value) {
            output.collect(tag, new StreamRecord<>(value, timestamp));
        }

        @Override
        public K getCurrentKey() {
            return backend.getCurrentKey();
        }

        @Override
        public TimeDomain timeDomain() {
            return domain;
        }
    }
}
