package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@link Double} values as the 8 big-endian bytes of {@link Double#doubleToLongBits}: every NaN
 * gives the same bytes, and {@code 0.0} and {@code -0.0} differ, exactly as {@link Double#equals} sees
 * them.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class DoubleSerializer implements Serializer<Double> {

    /** The only instance. */
    public static final DoubleSerializer INSTANCE = new DoubleSerializer();

    private static final int LENGTH_BYTES = 8;

    private DoubleSerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(Double value, DataOutputView out) throws IOException {
        out.writeDouble(value);
    }

    @Override
    public Double deserialize(DataInputView in) throws IOException {
        return in.readDouble();
    }

    /** Returns 8: every value takes 8 bytes. */
    @Override
    public int fixedLengthBytes() {
        return LENGTH_BYTES;
    }

    @Override
    public String toString() {
        return "DoubleSerializer";
    }
}
