package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes values whose class is known only at run time, and null: a one-byte type tag, then the value.
 *
 * <p>Format: the built-in types ({@code String}, the primitive boxes, {@code byte[]}, {@code int[]},
 * {@code long[]}) are written with their built-in serializer after their own tag; null is its tag alone;
 * every other value, records and enums included, is written by Kryo with its class name
 * ({@link KryoSerializer} for {@code Object}). Tags are part of the stored format: existing ones must never
 * be renumbered. Prefer {@link Serializers#forClass(Class)} when the class is known: it writes no tag and
 * no class name.
 *
 * <p>Equal values give equal bytes when their classes do under {@link KryoSerializer}; an {@code Integer}
 * and a {@code Long} of the same number are not equal and are written differently.
 *
 * <p>Thread-safety: not thread-safe, because of the Kryo instance inside; use {@link #duplicate()} for each
 * thread. Null is accepted.
 */
public final class DynamicSerializer implements Serializer<Object> {

    static final byte NULL = 0;
    static final byte STRING = 1;
    static final byte INT = 2;
    static final byte LONG = 3;
    static final byte DOUBLE = 4;
    static final byte BOOLEAN = 5;
    static final byte FLOAT = 6;
    static final byte SHORT = 7;
    static final byte BYTE = 8;
    static final byte CHAR = 9;
    static final byte BYTE_ARRAY = 10;
    static final byte INT_ARRAY = 11;
    static final byte LONG_ARRAY = 12;
    static final byte KRYO = 13;

    private final KryoSerializer<Object> kryo = new KryoSerializer<>(Object.class);

    /** Creates a serializer with its own Kryo instance; {@link Serializers#dynamic()} does the same. */
    public DynamicSerializer() {
    }

    /**
     * Writes the tag of {@code value}'s class, then {@code value}.
     *
     * @param value any value, or null
     * @throws SerializationException when Kryo cannot serialize a value of a non-built-in class
     */
    @Override
    public void serialize(Object value, DataOutputView out) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
            return;
        }
        Class<?> c = value.getClass();
        if (c == String.class) {
            out.writeByte(STRING);
            StringSerializer.INSTANCE.serialize((String) value, out);
        } else if (c == Integer.class) {
            out.writeByte(INT);
            out.writeInt((Integer) value);
        } else if (c == Long.class) {
            out.writeByte(LONG);
            out.writeLong((Long) value);
        } else if (c == Double.class) {
            out.writeByte(DOUBLE);
            out.writeDouble((Double) value);
        } else if (c == Boolean.class) {
            out.writeByte(BOOLEAN);
            out.writeBoolean((Boolean) value);
        } else if (c == Float.class) {
            out.writeByte(FLOAT);
            out.writeFloat((Float) value);
        } else if (c == Short.class) {
            out.writeByte(SHORT);
            out.writeShort((Short) value);
        } else if (c == Byte.class) {
            out.writeByte(BYTE);
            out.writeByte((Byte) value);
        } else if (c == Character.class) {
            out.writeByte(CHAR);
            out.writeChar((Character) value);
        } else if (c == byte[].class) {
            out.writeByte(BYTE_ARRAY);
            ByteArraySerializer.INSTANCE.serialize((byte[]) value, out);
        } else if (c == int[].class) {
            out.writeByte(INT_ARRAY);
            IntArraySerializer.INSTANCE.serialize((int[]) value, out);
        } else if (c == long[].class) {
            out.writeByte(LONG_ARRAY);
            LongArraySerializer.INSTANCE.serialize((long[]) value, out);
        } else {
            out.writeByte(KRYO);
            kryo.serialize(value, out);
        }
    }

    /**
     * Reads a tag and the value it announces.
     *
     * @return the value, or null
     * @throws java.io.EOFException when the input ends before the value does
     * @throws SerializationException when the tag is unknown or Kryo fails
     */
    @Override
    public Object deserialize(DataInputView in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> StringSerializer.INSTANCE.deserialize(in);
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case BOOLEAN -> in.readBoolean();
            case FLOAT -> in.readFloat();
            case SHORT -> in.readShort();
            case BYTE -> in.readByte();
            case CHAR -> in.readChar();
            case BYTE_ARRAY -> ByteArraySerializer.INSTANCE.deserialize(in);
            case INT_ARRAY -> IntArraySerializer.INSTANCE.deserialize(in);
            case LONG_ARRAY -> LongArraySerializer.INSTANCE.deserialize(in);
            case KRYO -> kryo.deserialize(in);
            default -> throw new SerializationException(Object.class,
                    "unknown type tag " + tag + "; the input is corrupt or was written by a newer version");
        };
    }

    /** Returns a new serializer with its own Kryo instance. */
    @Override
    public DynamicSerializer duplicate() {
        return new DynamicSerializer();
    }

    @Override
    public String toString() {
        return "DynamicSerializer";
    }
}
