package io.ebbflow.api.serialization;

import java.io.DataInput;
import java.io.IOException;

/**
 * The source a {@link Serializer} reads from: {@link DataInput} with big-endian multi-byte values.
 *
 * <p>Not thread-safe.
 */
public interface DataInputView extends DataInput {

    /**
     * Reads an int written by {@link DataOutputView#writeVarInt(int)}.
     *
     * @throws IOException when the input ends early or the encoding is longer than 5 bytes
     */
    int readVarInt() throws IOException;
}
