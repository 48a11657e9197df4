package io.ebbflow.runtime.operators;

import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;

/**
 * An operator with one input. For a keyed input the runtime sets the keyed state backend's current key to
 * the record's key before {@link #processElement}.
 */
public interface OneInputStreamOperator<IN, OUT> extends StreamOperator<OUT> {

    /** Processes one record; the instance is reused after the call returns. */
    void processElement(StreamRecord<IN> record) throws Exception;

    /** Advances event time; the watermark is the minimum over the input's active channels. */
    void processWatermark(Watermark watermark) throws Exception;

    void processWatermarkStatus(WatermarkStatus status) throws Exception;

    /** Receives a change of the input's backlog status (FLIP-325/327). */
    void processRecordAttributes(RecordAttributes attributes) throws Exception;

    /** Called once when the input has ended, after its last record and the final watermark. */
    void endInput() throws Exception;
}
