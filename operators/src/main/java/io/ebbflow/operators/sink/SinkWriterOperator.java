package io.ebbflow.operators.sink;

import io.ebbflow.api.connector.sink.Sink;
import io.ebbflow.api.connector.sink.SinkWriter;
import io.ebbflow.api.connector.sink.WriterInitContext;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.streamrecord.StreamRecord;

/** Runs one subtask's {@link SinkWriter}: write per record, {@code flush(true)} at end of input, close. */
public final class SinkWriterOperator<T> extends AbstractStreamOperator<Void> implements OneInputStreamOperator<T, Void> {

    private final Sink<T> sink;
    private SinkWriter<T> writer;
    private final WriteContext writeContext = new WriteContext();

    public SinkWriterOperator(Sink<T> sink) {
        this.sink = sink;
    }

    @Override
    public void open(OperatorContext<Void> context) throws Exception {
        super.open(context);
        writer = sink.createWriter(new WriterInitContext() {
            @Override
            public int getSubtaskId() {
                return context.taskInfo().subtaskIndex();
            }

            @Override
            public int getNumberOfParallelSubtasks() {
                return context.taskInfo().parallelism();
            }

            @Override
            public Configuration getConfiguration() {
                return context.configuration();
            }

            @Override
            public ClassLoader getUserCodeClassLoader() {
                return context.userCodeClassLoader();
            }
        });
    }

    @Override
    public void processElement(StreamRecord<T> record) throws Exception {
        writeContext.timestamp = record.getTimestamp();
        writer.write(record.getValue(), writeContext);
    }

    @Override
    public void processWatermark(Watermark watermark) {
        writeContext.watermark = watermark.timestamp();
    }

    @Override
    public void endInput() throws Exception {
        writer.flush(true);
    }

    @Override
    public void close() throws Exception {
        if (writer != null) {
            writer.close();
        }
        super.close();
    }

    private static final class WriteContext implements SinkWriter.Context {
        long timestamp;
        long watermark = Long.MIN_VALUE;

        @Override
        public long currentWatermark() {
            return watermark;
        }

        @Override
        public Long timestamp() {
            return timestamp == StreamRecord.NO_TIMESTAMP ? null : timestamp;
        }
    }
}
