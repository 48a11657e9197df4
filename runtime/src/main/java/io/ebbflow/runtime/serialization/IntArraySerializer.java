package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@code int[]} values as their length (a varint), then each element as Integer.BYTES big-endian
 * bytes. Arrays compare by content ({@link java.util.Arrays#equals(int[], int[])}), not by
 * {@link Object#equals}.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class IntArraySerializer implements Serializer<int[]> {

    /** The only instance. */
    public static final IntArraySerializer INSTANCE = new IntArraySerializer();

    private IntArraySerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(int[] value, DataOutputView out) throws IOException {
        out.writeVarInt(value.length);
        for (int v : value) {
            out.writeInt(v);
        }
    }

    /**
     * Reads an array.
     *
     * @throws java.io.EOFException when the input ends before the array does
     * @throws SerializationException when the length read is negative
     */
    @Override
    public int[] deserialize(DataInputView in) throws IOException {
        int length = ArrayLengths.read(in, Integer.BYTES, int[].class);
        int[] value = new int[length];
        for (int i = 0; i < length; i++) {
            value[i] = in.readInt();
        }
        return value;
    }

    @Override
    public String toString() {
        return "IntArraySerializer";
    }
}
