package io.ebbflow.operators.sink;

import io.ebbflow.api.connector.sink.Sink;
import io.ebbflow.api.connector.sink.SinkWriter;
import io.ebbflow.api.connector.sink.WriterInitContext;

/** Drops every record; for benchmarks. */
public final class DiscardingSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) {}

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
