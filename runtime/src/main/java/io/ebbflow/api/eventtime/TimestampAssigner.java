package io.ebbflow.api.eventtime;

import java.io.Serializable;

/** Extracts a record's event timestamp in ms. */
@FunctionalInterface
public interface TimestampAssigner<T> extends Serializable {
    /** The value a source passes when the record carries no timestamp of its own. */
    long NO_TIMESTAMP = Long.MIN_VALUE;

    /**
     * @param element the record
     * @param recordTimestamp the timestamp the source attached (a Kafka record's), or {@link #NO_TIMESTAMP}
     */
    long extractTimestamp(T element, long recordTimestamp);
}
