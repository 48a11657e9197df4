package io.ebbflow.runtime.network;

import java.util.Arrays;

/**
 * A batch of stream elements sent from one task to another inside the JVM, as parallel arrays: records are
 * passed as object references, never serialized. Control elements (watermarks, status, barriers, end of
 * partition) travel in the same batch, in order, and end it.
 *
 * <p>Batches are pooled per channel and recycled by the consumer, so steady-state traffic allocates nothing.
 * Owned by one thread at a time: the producer while filling, the consumer after the hand-over.
 */
public final class ElementBatch {

    public static final byte RECORD = 0;
    public static final byte WATERMARK = 1;
    public static final byte WATERMARK_STATUS = 2;
    public static final byte RECORD_ATTRIBUTES = 3;
    public static final byte END_OF_PARTITION = 4;
    public static final byte BARRIER = 5;

    final Object[] objects;
    final long[] timestamps;
    final byte[] kinds;
    int size;
    int records;
    int channelIndex;

    ElementBatch(int capacity) {
        objects = new Object[capacity];
        timestamps = new long[capacity];
        kinds = new byte[capacity];
    }

    public int size() {
        return size;
    }

    public byte kind(int i) {
        return kinds[i];
    }

    public Object object(int i) {
        return objects[i];
    }

    public long timestamp(int i) {
        return timestamps[i];
    }

    /** The index, within its input gate, of the channel the batch came through. */
    public int channelIndex() {
        return channelIndex;
    }

    boolean isFull() {
        return size == kinds.length;
    }

    /** The records (not control elements) in the batch; maintained by the writer as it appends. */
    int recordCount() {
        return records;
    }

    void clear() {
        Arrays.fill(objects, 0, size, null);
        size = 0;
        records = 0;
    }
}
