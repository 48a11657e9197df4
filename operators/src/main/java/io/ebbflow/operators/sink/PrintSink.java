package io.ebbflow.operators.sink;

import io.ebbflow.api.connector.sink.Sink;
import io.ebbflow.api.connector.sink.SinkWriter;
import io.ebbflow.api.connector.sink.WriterInitContext;
import java.io.PrintStream;

/**
 * Prints each record's {@code toString()} on standard output (or error), one per line, prefixed with the
 * one-based subtask index when the sink is parallel ({@code "2> value"}), as Flink's print sink does.
 */
public final class PrintSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;

    private final boolean stdErr;

    public PrintSink(boolean stdErr) {
        this.stdErr = stdErr;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        PrintStream stream = stdErr ? System.err : System.out;
        String prefix = context.getNumberOfParallelSubtasks() > 1 ? (context.getSubtaskId() + 1) + "> " : "";
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) {
                stream.println(prefix + element);
            }

            @Override
            public void flush(boolean endOfInput) {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        };
    }
}
