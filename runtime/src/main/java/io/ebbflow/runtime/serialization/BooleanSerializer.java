package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@link Boolean} values as one byte, 0 for false and 1 for true.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class BooleanSerializer implements Serializer<Boolean> {

    /** The only instance. */
    public static final BooleanSerializer INSTANCE = new BooleanSerializer();

    private static final int LENGTH_BYTES = 1;

    private BooleanSerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(Boolean value, DataOutputView out) throws IOException {
        out.writeBoolean(value);
    }

    @Override
    public Boolean deserialize(DataInputView in) throws IOException {
        return in.readBoolean();
    }

    /** Returns 1: every value takes 1 byte. */
    @Override
    public int fixedLengthBytes() {
        return LENGTH_BYTES;
    }

    @Override
    public String toString() {
        return "BooleanSerializer";
    }
}
