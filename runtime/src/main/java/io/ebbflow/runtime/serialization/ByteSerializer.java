package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@link Byte} values as one byte.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class ByteSerializer implements Serializer<Byte> {

    /** The only instance. */
    public static final ByteSerializer INSTANCE = new ByteSerializer();

    private static final int LENGTH_BYTES = 1;

    private ByteSerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(Byte value, DataOutputView out) throws IOException {
        out.writeByte(value);
    }

    @Override
    public Byte deserialize(DataInputView in) throws IOException {
        return in.readByte();
    }

    /** Returns 1: every value takes 1 byte. */
    @Override
    public int fixedLengthBytes() {
        return LENGTH_BYTES;
    }

    @Override
    public String toString() {
        return "ByteSerializer";
    }
}
