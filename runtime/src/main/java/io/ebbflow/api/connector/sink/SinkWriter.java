package io.ebbflow.api.connector.sink;

import java.io.IOException;

/**
 * Writes one subtask's records. All methods are called by the subtask's thread; {@code write} may block
 * (that is backpressure). Lifecycle: {@code write}... {@code flush(true)} at end of input, {@code close}.
 */
public interface SinkWriter<T> extends AutoCloseable {

    /** Writes one record. */
    void write(T element, Context context) throws IOException, InterruptedException;

    /** Flushes buffered records; {@code endOfInput} is true once, after the last record. */
    void flush(boolean endOfInput) throws IOException, InterruptedException;

    /** What {@link #write} knows about the record. */
    interface Context {
        /** The sink's current watermark in ms. */
        long currentWatermark();

        /** The record's timestamp in ms, or null when it has none. */
        Long timestamp();
    }
}
