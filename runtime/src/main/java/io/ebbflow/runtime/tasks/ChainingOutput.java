package io.ebbflow.runtime.tasks;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.Output;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;

/**
 * Passes elements to the next operator of the chain as direct calls. An exception of the next operator is
 * wrapped once with that operator's name and subtask.
 */
final class ChainingOutput<T> implements Output<T> {

    private final OneInputStreamOperator<T, ?> next;
    private final OperatorMetrics nextMetrics;
    private final String nextName;
    private final String subtask;

    ChainingOutput(OneInputStreamOperator<T, ?> next, OperatorMetrics nextMetrics, String nextName, String subtask) {
        this.next = next;
        this.nextMetrics = nextMetrics;
        this.nextName = nextName;
        this.subtask = subtask;
    }

    @Override
    public void collect(StreamRecord<T> record) {
        nextMetrics.recordsIn++;
        try {
            next.processElement(record);
        } catch (Throwable t) {
            throw OperatorException.wrap(nextName, subtask, t);
        }
    }

    @Override
    public <X> void collect(OutputTag<X> tag, StreamRecord<X> record) {
        throw new IllegalStateException("side outputs are routed before the chaining output");
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        try {
            next.processWatermark(watermark);
        } catch (Throwable t) {
            throw OperatorException.wrap(nextName, subtask, t);
        }
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus status) {
        try {
            next.processWatermarkStatus(status);
        } catch (Throwable t) {
            throw OperatorException.wrap(nextName, subtask, t);
        }
    }

    @Override
    public void emitRecordAttributes(RecordAttributes attributes) {
        try {
            next.processRecordAttributes(attributes);
        } catch (Throwable t) {
            throw OperatorException.wrap(nextName, subtask, t);
        }
    }
}
