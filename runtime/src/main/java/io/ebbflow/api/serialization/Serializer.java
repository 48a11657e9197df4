package io.ebbflow.api.serialization;

import java.io.IOException;

/**
 * Turns values of one type into bytes and back.
 *
 * <p>The runtime uses serializers only where bytes are unavoidable: keyed state in RocksDB, the external
 * sorter of backlog mode, checkpoints and savepoints. Records passed between tasks inside one JVM are
 * never serialized.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code deserialize(serialize(v))} equals {@code v} (by {@link Object#equals}).</li>
 *   <li>Equal values serialize to equal bytes, so serialized keys can be compared and hashed as bytes.</li>
 *   <li>{@code deserialize} reads exactly the bytes that {@code serialize} wrote; serialized values may be
 *       concatenated.</li>
 * </ul>
 *
 * <p>Thread-safety: an instance may keep scratch buffers, so it is used by one thread at a time. Call
 * {@link #duplicate()} to get an instance for another thread.
 *
 * @param <T> the type of the values; {@code null} is not supported unless a serializer says so
 */
public interface Serializer<T> {

    /**
     * Writes {@code value} to {@code out}.
     *
     * @throws IOException when {@code out} fails
     * @throws NullPointerException when {@code value} is null and this serializer does not accept null
     */
    void serialize(T value, DataOutputView out) throws IOException;

    /**
     * Reads one value from {@code in}.
     *
     * @throws IOException when {@code in} fails or ends before the value is complete
     */
    T deserialize(DataInputView in) throws IOException;

    /** Returns the number of bytes every value takes, or -1 when the length varies. */
    default int fixedLengthBytes() {
        return -1;
    }

    /** Returns an instance that is safe to use from another thread; stateless serializers return {@code this}. */
    default Serializer<T> duplicate() {
        return this;
    }
}
