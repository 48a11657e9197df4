package io.ebbflow.api.connector.sink;

import java.io.IOException;
import java.io.Serializable;

/** A factory for the writers of a parallel sink, one per subtask. */
public interface Sink<T> extends Serializable {
    /**
     * Creates one subtask's writer.
     *
     * @throws IOException when the target cannot be opened
     */
    SinkWriter<T> createWriter(WriterInitContext context) throws IOException;
}
