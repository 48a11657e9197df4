package io.ebbflow.operators.keyed;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.functions.KeyedProcessFunction;
import io.ebbflow.api.functions.TimeDomain;
import io.ebbflow.api.functions.TimerService;
import io.ebbflow.operators.simple.TimestampedCollector;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.state.KeyedStateBackend;
import io.ebbflow.runtime.state.VoidNamespace;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.timers.InternalTimer;
import io.ebbflow.runtime.timers.Triggerable;

/**
 * Runs a {@link KeyedProcessFunction}: keyed state through the function's runtime context, timers through
 * its context. Output of {@code onTimer} carries the timer's timestamp for event-time timers, none for
 * processing-time timers (as in Flink).
 */
public final class KeyedProcessOperator<K, IN, OUT> extends AbstractStreamOperator<OUT>
        implements OneInputStreamOperator<IN, OUT>, Triggerable<K, VoidNamespace> {

    private final KeyedProcessFunction<K, IN, OUT> function;
    private TimestampedCollector<OUT> collector;
    private KeyedStateBackend<K> backend;
    private TimerService timerService;
    private ContextImpl ctx;
    private OnTimerContextImpl timerCtx;

    public KeyedProcessOperator(KeyedProcessFunction<K, IN, OUT> function) {
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
    public void processElement(StreamRecord<IN> record) throws Exception {
        ctx.timestamp = record.getTimestamp();
        function.processElement(record.getValue(), ctx, collector.withTimestamp(record.getTimestamp()));
    }

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

    private final class ContextImpl extends KeyedProcessFunction<K, IN, OUT>.Context {
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

    private final class OnTimerContextImpl extends KeyedProcessFunction<K, IN, OUT>.OnTimerContext {
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
