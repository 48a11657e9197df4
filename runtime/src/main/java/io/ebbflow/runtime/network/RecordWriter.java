package io.ebbflow.runtime.network;

import io.ebbflow.runtime.partition.StreamPartitioner;
import java.util.function.BooleanSupplier;

/**
 * Writes one subtask's output on one edge into the channels to the downstream subtasks.
 *
 * <p>A batch is sent when it is full, after any control element, and when the task finds it older than
 * the buffer timeout ({@link #flushDeadlineNanos()}). Task thread only.
 */
public final class RecordWriter {

    private final BatchChannel[] channels;
    private final ElementBatch[] current;
    private final StreamPartitioner partitioner;
    private final BooleanSupplier canceled;
    private final int numberOfChannels;
    private final long bufferTimeoutNanos;
    private long flushDeadlineNanos = Long.MAX_VALUE;

    /**
     * @param bufferTimeoutNanos how long a partly filled batch may wait: 0 sends after every record, a
     *     negative value only when full or at a control element
     */
    public RecordWriter(BatchChannel[] channels, StreamPartitioner partitioner, long bufferTimeoutNanos,
            BooleanSupplier canceled) {
        this.channels = channels;
        this.current = new ElementBatch[channels.length];
        this.partitioner = partitioner;
        this.canceled = canceled;
        this.numberOfChannels = channels.length;
        this.bufferTimeoutNanos = bufferTimeoutNanos;
    }

    /** Emits a record to the channel the partitioner chooses (all channels when broadcasting). */
    public void emit(Object value, long timestamp) throws Exception {
        if (partitioner.isBroadcast()) {
            for (int ch = 0; ch < numberOfChannels; ch++) {
                append(ch, ElementBatch.RECORD, value, timestamp);
            }
        } else {
            append(numberOfChannels == 1 ? 0 : partitioner.selectChannel(value, numberOfChannels),
                    ElementBatch.RECORD, value, timestamp);
        }
    }

    private void append(int ch, byte kind, Object value, long timestamp) {
        ElementBatch b = current[ch];
        if (b == null) {
            b = channels[ch].acquire(canceled);
            current[ch] = b;
            if (flushDeadlineNanos == Long.MAX_VALUE && bufferTimeoutNanos >= 0) {
                flushDeadlineNanos = System.nanoTime() + bufferTimeoutNanos;
            }
        }
        int i = b.size;
        b.objects[i] = value;
        b.timestamps[i] = timestamp;
        b.kinds[i] = kind;
        b.size = i + 1;
        if (kind == ElementBatch.RECORD) {
            b.records++;
        }
        if (b.size == b.kinds.length || kind != ElementBatch.RECORD || bufferTimeoutNanos == 0) {
            current[ch] = null;
            channels[ch].send(b);
        }
    }

    /** Sends a control element to every channel, after the records before it; each batch is sent at once. */
    public void broadcastControl(byte kind, Object object, long timestamp) {
        for (int ch = 0; ch < numberOfChannels; ch++) {
            append(ch, kind, object, timestamp);
        }
    }

    /** Sends every partly filled batch. */
    public void flushAll() {
        for (int ch = 0; ch < numberOfChannels; ch++) {
            ElementBatch b = current[ch];
            if (b != null) {
                current[ch] = null;
                channels[ch].send(b);
            }
        }
        flushDeadlineNanos = Long.MAX_VALUE;
    }

    /** The {@link System#nanoTime()} at which a partly filled batch must be sent; {@code Long.MAX_VALUE} if none. */
    public long flushDeadlineNanos() {
        return flushDeadlineNanos;
    }

    public BatchChannel[] channels() {
        return channels;
    }

    /** Total nanoseconds this writer waited for free batches: the task's backpressured time on this edge. */
    public long backpressuredNanos() {
        long n = 0;
        for (BatchChannel c : channels) {
            n += c.producerWaitNanos();
        }
        return n;
    }
}
