package io.ebbflow.runtime.operators;

import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;
import io.ebbflow.runtime.timers.InternalTimeServiceManager;

/**
 * The one base class for operators: keeps the context and output, forwards watermarks (firing the keyed
 * operator's event-time timers first), watermark status and backlog status. Implements the one-input
 * methods that every operator shares; two-input operators combine their inputs with
 * {@link TwoInputWatermarks} and call {@link #processWatermark}.
 */
public abstract class AbstractStreamOperator<OUT> implements StreamOperator<OUT> {

    protected OperatorContext<OUT> context;
    protected Output<OUT> output;
    private InternalTimeServiceManager<?> timeServiceManager;

    @Override
    public void open(OperatorContext<OUT> context) throws Exception {
        this.context = context;
        this.output = context.output();
        if (context.isKeyed()) {
            this.timeServiceManager = context.timeServiceManager();
        }
    }

    /** Fires due event-time timers of a keyed operator, then forwards the watermark. */
    public void processWatermark(Watermark watermark) throws Exception {
        if (timeServiceManager != null) {
            timeServiceManager.advanceWatermark(watermark.timestamp());
        }
        output.emitWatermark(watermark);
    }

    public void processWatermarkStatus(WatermarkStatus status) throws Exception {
        output.emitWatermarkStatus(status);
    }

    public void processRecordAttributes(RecordAttributes attributes) throws Exception {
        output.emitRecordAttributes(attributes);
    }

    public void endInput() throws Exception {}

    @Override
    public void close() throws Exception {
        if (timeServiceManager != null) {
            timeServiceManager.close();
        }
    }
}
