package io.ebbflow.operators.simple;

import io.ebbflow.api.eventtime.TimestampAssigner;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.api.eventtime.WatermarkGenerator;
import io.ebbflow.api.eventtime.WatermarkOutput;
import io.ebbflow.api.eventtime.WatermarkStrategy;
import io.ebbflow.runtime.config.PipelineOptions;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;
import io.ebbflow.runtime.timers.ProcessingTimeService;

/**
 * {@code assignTimestampsAndWatermarks}: assigns timestamps and generates watermarks in the middle of a
 * pipeline. Watermarks from upstream are dropped (this operator defines event time from here on), except
 * the final {@code Long.MAX_VALUE} watermark that marks end of input.
 */
public final class TimestampsAndWatermarksOperator<T> extends AbstractStreamOperator<T>
        implements OneInputStreamOperator<T, T>, WatermarkOutput {

    private final WatermarkStrategy<T> strategy;
    private TimestampAssigner<T> assigner;
    private WatermarkGenerator<T> generator;
    private ProcessingTimeService timeService;
    private ProcessingTimeService.Cancellable timer;
    private long intervalMillis;
    private long lastWatermark = Long.MIN_VALUE;
    private boolean idle;

    public TimestampsAndWatermarksOperator(WatermarkStrategy<T> strategy) {
        this.strategy = strategy;
    }

    @Override
    public void open(OperatorContext<T> context) throws Exception {
        super.open(context);
        assigner = strategy.createTimestampAssigner();
        generator = strategy.createWatermarkGenerator();
        timeService = context.processingTimeService();
        intervalMillis = context.configuration().get(PipelineOptions.AUTO_WATERMARK_INTERVAL).toMillis();
        if (intervalMillis > 0) {
            schedule(timeService.getCurrentProcessingTime() + intervalMillis);
        }
    }

    private void schedule(long at) {
        timer = timeService.registerTimer(at, time -> {
            generator.onPeriodicEmit(this);
            schedule(time + intervalMillis);
        });
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        T value = record.getValue();
        long ts = assigner.extractTimestamp(value, record.hasTimestamp() ? record.getTimestamp() : TimestampAssigner.NO_TIMESTAMP);
        record.setTimestamp(ts);
        generator.onEvent(value, ts, this);
        output.collect(record);
    }

    @Override
    public void processWatermark(Watermark watermark) throws Exception {
        if (watermark.timestamp() == Long.MAX_VALUE && lastWatermark != Long.MAX_VALUE) {
            generator.onPeriodicEmit(this);
            emitWatermark(Watermark.MAX_WATERMARK);
        }
    }

    @Override
    public void processWatermarkStatus(WatermarkStatus status) {
        // Idleness is decided by this operator's own generator.
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        if (watermark.timestamp() > lastWatermark) {
            lastWatermark = watermark.timestamp();
            markActive();
            output.emitWatermark(watermark);
        }
    }

    @Override
    public void markIdle() {
        if (!idle) {
            idle = true;
            output.emitWatermarkStatus(WatermarkStatus.IDLE);
        }
    }

    @Override
    public void markActive() {
        if (idle) {
            idle = false;
            output.emitWatermarkStatus(WatermarkStatus.ACTIVE);
        }
    }

    @Override
    public void close() throws Exception {
        if (timer != null) {
            timer.cancel();
        }
        super.close();
    }
}
