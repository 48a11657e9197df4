package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;
import java.util.Objects;

/**
 * Serializes the constants of one enum as their ordinal, a varint: one byte for enums of up to 128
 * constants.
 *
 * <p>Compatibility: stored bytes name constants by position, so reordering or removing constants changes
 * the meaning of existing state; add new constants at the end.
 *
 * <p>Thread-safety: immutable; one instance may be shared by all threads. Null is not accepted.
 *
 * @param <E> the enum type
 */
public final class EnumSerializer<E extends Enum<E>> implements Serializer<E> {

    /** Ordinals below this take one varint byte. */
    private static final int ONE_BYTE_ORDINALS = 128;

    private final Class<E> type;
    private final E[] constants;

    /**
     * Creates a serializer for the constants of {@code type}.
     *
     * @param type the enum class (not the class of a constant with a body); not null
     * @throws IllegalArgumentException when {@code type} is not an enum class
     */
    public EnumSerializer(Class<E> type) {
        Objects.requireNonNull(type, "type");
        if (!type.isEnum()) {
            throw new IllegalArgumentException("Not an enum class: " + type.getName());
        }
        this.type = type;
        this.constants = type.getEnumConstants();
    }

    /**
     * Writes the ordinal of {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(E value, DataOutputView out) throws IOException {
        out.writeVarInt(value.ordinal());
    }

    /**
     * Reads a constant.
     *
     * @throws SerializationException when the ordinal read is not one of this enum's
     */
    @Override
    public E deserialize(DataInputView in) throws IOException {
        int ordinal = in.readVarInt();
        E[] values = constants;
        if (ordinal < 0 || ordinal >= values.length) {
            throw new SerializationException(type, "ordinal " + Integer.toUnsignedString(ordinal)
                    + " read, but the enum has " + values.length + " constants");
        }
        return values[ordinal];
    }

    /** Returns 1 when every ordinal fits in one varint byte, otherwise -1. */
    @Override
    public int fixedLengthBytes() {
        return constants.length <= ONE_BYTE_ORDINALS ? 1 : -1;
    }

    /** Returns the enum class. */
    public Class<E> type() {
        return type;
    }

    @Override
    public String toString() {
        return "EnumSerializer[" + type.getName() + ']';
    }
}
