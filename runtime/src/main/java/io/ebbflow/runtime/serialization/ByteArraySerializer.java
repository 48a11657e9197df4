package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@code byte[]} values as their length (a varint), then their bytes. Arrays compare by content
 * ({@link java.util.Arrays#equals(byte[], byte[])}), not by {@link Object#equals}.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class ByteArraySerializer implements Serializer<byte[]> {

    /** The only instance. */
    public static final ByteArraySerializer INSTANCE = new ByteArraySerializer();

    private ByteArraySerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(byte[] value, DataOutputView out) throws IOException {
        out.writeVarInt(value.length);
        out.write(value);
    }

    /**
     * Reads an array.
     *
     * @throws java.io.EOFException when the input ends before the array does
     * @throws SerializationException when the length read is negative
     */
    @Override
    public byte[] deserialize(DataInputView in) throws IOException {
        int length = ArrayLengths.read(in, Byte.BYTES, byte[].class);
        byte[] value = new byte[length];
        in.readFully(value);
        return value;
    }

    @Override
    public String toString() {
        return "ByteArraySerializer";
    }
}
