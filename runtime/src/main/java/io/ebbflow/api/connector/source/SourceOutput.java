package io.ebbflow.api.connector.source;

import io.ebbflow.api.eventtime.WatermarkOutput;

/**
 * Where a reader emits records. The runtime assigns timestamps and watermarks through the source's
 * {@code WatermarkStrategy}. Used by the source's thread only.
 */
public interface SourceOutput<T> extends WatermarkOutput {
    /** Emits a record without a timestamp of its own (the timestamp assigner may still give one). */
    void collect(T record);

    /** Emits a record with the timestamp its system attached (ms), e.g. a Kafka record's timestamp. */
    void collect(T record, long timestamp);
}
