package io.ebbflow.runtime.operators;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;

/**
 * Where an operator emits: the next operator of its chain (a direct call) or the task's channels to other
 * tasks. Called only by the operator's task thread. A call may block when the channels downstream are
 * full (backpressure).
 *
 * @param <T> the records of the main output
 */
public interface Output<T> {

    /** Emits a record on the main output. The receiver may reuse {@code record}; do not keep it. */
    void collect(StreamRecord<T> record);

    /** Emits a record on the side output named by {@code tag}; dropped when nothing reads that side output. */
    <X> void collect(OutputTag<X> tag, StreamRecord<X> record);

    void emitWatermark(Watermark watermark);

    void emitWatermarkStatus(WatermarkStatus status);

    void emitRecordAttributes(RecordAttributes attributes);
}
