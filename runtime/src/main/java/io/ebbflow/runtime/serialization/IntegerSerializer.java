package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@link Integer} values as 4 bytes, big-endian two's complement (fixed length, so it can sit in
 * fixed-length key prefixes).
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class IntegerSerializer implements Serializer<Integer> {

    /** The only instance. */
    public static final IntegerSerializer INSTANCE = new IntegerSerializer();

    private static final int LENGTH_BYTES = 4;

    private IntegerSerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(Integer value, DataOutputView out) throws IOException {
        out.writeInt(value);
    }

    @Override
    public Integer deserialize(DataInputView in) throws IOException {
        return in.readInt();
    }

    /** Returns 4: every value takes 4 bytes. */
    @Override
    public int fixedLengthBytes() {
        return LENGTH_BYTES;
    }

    @Override
    public String toString() {
        return "IntegerSerializer";
    }
}
