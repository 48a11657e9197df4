package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@code long[]} values as their length (a varint), then each element as Long.BYTES big-endian
 * bytes. Arrays compare by content ({@link java.util.Arrays#equals(long[], long[])}), not by
 * {@link Object#equals}.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class LongArraySerializer implements Serializer<long[]> {

    /** The only instance. */
    public static final LongArraySerializer INSTANCE = new LongArraySerializer();

    private LongArraySerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(long[] value, DataOutputView out) throws IOException {
        out.writeVarInt(value.length);
        for (long v : value) {
            out.writeLong(v);
        }
    }

    /**
     * Reads an array.
     *
     * @throws java.io.EOFException when the input ends before the array does
     * @throws SerializationException when the length read is negative
     */
    @Override
    public long[] deserialize(DataInputView in) throws IOException {
        int length = ArrayLengths.read(in, Long.BYTES, long[].class);
        long[] value = new long[length];
        for (int i = 0; i < length; i++) {
            value[i] = in.readLong();
        }
        return value;
    }

    @Override
    public String toString() {
        return "LongArraySerializer";
    }
}
