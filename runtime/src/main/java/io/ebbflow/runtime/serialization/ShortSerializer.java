package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@link Short} values as 2 bytes, big-endian.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class ShortSerializer implements Serializer<Short> {

    /** The only instance. */
    public static final ShortSerializer INSTANCE = new ShortSerializer();

    private static final int LENGTH_BYTES = 2;

    private ShortSerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(Short value, DataOutputView out) throws IOException {
        out.writeShort(value);
    }

    @Override
    public Short deserialize(DataInputView in) throws IOException {
        return in.readShort();
    }

    /** Returns 2: every value takes 2 bytes. */
    @Override
    public int fixedLengthBytes() {
        return LENGTH_BYTES;
    }

    @Override
    public String toString() {
        return "ShortSerializer";
    }
}
