package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@link Long} values as 8 bytes, big-endian two's complement.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class LongSerializer implements Serializer<Long> {

    /** The only instance. */
    public static final LongSerializer INSTANCE = new LongSerializer();

    private static final int LENGTH_BYTES = 8;

    private LongSerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(Long value, DataOutputView out) throws IOException {
        out.writeLong(value);
    }

    @Override
    public Long deserialize(DataInputView in) throws IOException {
        return in.readLong();
    }

    /** Returns 8: every value takes 8 bytes. */
    @Override
    public int fixedLengthBytes() {
        return LENGTH_BYTES;
    }

    @Override
    public String toString() {
        return "LongSerializer";
    }
}
