package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;

/**
 * Serializes {@link Character} values as the 2 big-endian bytes of the UTF-16 code unit.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 */
public final class CharacterSerializer implements Serializer<Character> {

    /** The only instance. */
    public static final CharacterSerializer INSTANCE = new CharacterSerializer();

    private static final int LENGTH_BYTES = 2;

    private CharacterSerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     */
    @Override
    public void serialize(Character value, DataOutputView out) throws IOException {
        out.writeChar(value);
    }

    @Override
    public Character deserialize(DataInputView in) throws IOException {
        return in.readChar();
    }

    /** Returns 2: every value takes 2 bytes. */
    @Override
    public int fixedLengthBytes() {
        return LENGTH_BYTES;
    }

    @Override
    public String toString() {
        return "CharacterSerializer";
    }
}
