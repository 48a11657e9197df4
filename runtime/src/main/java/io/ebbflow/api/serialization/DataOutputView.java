package io.ebbflow.api.serialization;

import java.io.DataOutput;
import java.io.IOException;

/**
 * The sink a {@link Serializer} writes to: {@link DataOutput} with big-endian multi-byte values.
 *
 * <p>Not thread-safe.
 */
public interface DataOutputView extends DataOutput {

    /**
     * Writes {@code value} as an unsigned LEB128 variable-length int (1 to 5 bytes); small lengths and
     * counts take one byte.
     *
     * @throws IOException when the underlying sink fails
     */
    void writeVarInt(int value) throws IOException;
}
