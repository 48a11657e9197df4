package io.ebbflow.runtime.operators;

import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;

/**
 * An operator with two inputs of different types (connect, coGroup, join). The event time of the operator
 * is the minimum of its inputs' watermarks ({@link TwoInputWatermarks} combines them).
 */
public interface TwoInputStreamOperator<IN1, IN2, OUT> extends StreamOperator<OUT> {

    void processElement1(StreamRecord<IN1> record) throws Exception;

    void processElement2(StreamRecord<IN2> record) throws Exception;

    void processWatermark1(Watermark watermark) throws Exception;

    void processWatermark2(Watermark watermark) throws Exception;

    default void processRecordAttributes1(RecordAttributes attributes) throws Exception {}

    default void processRecordAttributes2(RecordAttributes attributes) throws Exception {}

    /** Called once per input when it ends; {@code inputId} is 1 or 2. */
    void endInput(int inputId) throws Exception;
}
