package io.ebbflow.runtime.tasks;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.runtime.network.ElementBatch;
import io.ebbflow.runtime.network.RecordWriter;
import io.ebbflow.runtime.operators.Output;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;

/** Sends elements into the channels of an edge to another task. */
final class RecordWriterOutput<T> implements Output<T> {

    private final RecordWriter writer;

    RecordWriterOutput(RecordWriter writer) {
        this.writer = writer;
    }

    @Override
    public void collect(StreamRecord<T> record) {
        try {
            writer.emit(record.getValue(), record.getTimestamp());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            // Only the user's key selector throws checked exceptions here.
            throw new KeySelectorException(e);
        }
    }

    @Override
    public <X> void collect(OutputTag<X> tag, StreamRecord<X> record) {
        throw new IllegalStateException("side outputs are routed before the writer output");
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        writer.broadcastControl(ElementBatch.WATERMARK, null, watermark.timestamp());
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus status) {
        writer.broadcastControl(ElementBatch.WATERMARK_STATUS, status, 0);
    }

    @Override
    public void emitRecordAttributes(RecordAttributes attributes) {
        writer.broadcastControl(ElementBatch.RECORD_ATTRIBUTES, attributes, 0);
    }

    /** A key selector of the keyed exchange threw. */
    static final class KeySelectorException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeySelectorException(Exception cause) {
            super("The key selector of a keyBy threw: " + cause, cause);
        }
    }
}
