package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@link Float} values as the 4 big-endian bytes of {@link Float#floatToIntBits}: every NaN
 * gives the same bytes, and {@code 0.0f} and {@code -0.0f} differ, exactly as {@link Float#equals} sees
 * them.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class FloatSerializer implements Serializer<Float> {

    /** The only instance. */
    public static final FloatSerializer INSTANCE = new FloatSerializer();

    private static final int LENGTH_BYTES = 4;

    private FloatSerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(Float value, DataOutputView out) throws IOException {
        out.writeFloat(value);
    }

    @Override
    public Float deserialize(DataInputView in) throws IOException {
        return in.readFloat();
    }

    /** Returns 4: every value takes 4 bytes. */
    @Override
    public int fixedLengthBytes() {
        return LENGTH_BYTES;
    }

    @Override
    public String toString() {
        return "FloatSerializer";
    }
}
