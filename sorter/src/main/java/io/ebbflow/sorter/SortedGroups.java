package io.ebbflow.sorter;

/**
 * The output of a sort: keys in ascending unsigned-byte order, each once, each with its values in
 * the order they were added. Nothing is materialised: values stream out of pages and spill files
 * as the caller iterates.
 *
 * <pre>{@code
 * while (groups.nextKey()) {
 *     use(groups.keyBuffer(), groups.keyOffset(), groups.keyLength());
 *     while (groups.nextValue()) {
 *         use(groups.valueBuffer(), groups.valueOffset(), groups.valueLength());
 *     }
 * }
 * groups.close();
 * }</pre>
 *
 * <p>Flyweight accessors: the key bytes are valid until the next {@link #nextKey()}, the value
 * bytes until the next {@link #nextValue()} or {@code nextKey()}; neither call allocates. The caller
 * may call {@code nextKey()} before draining a key's values; the rest are skipped. Accessors called
 * when there is no current key or value return unspecified data.
 *
 * <p>Not thread-safe: one thread iterates (the one that called {@link ExternalSorter#finish()}).
 */
public interface SortedGroups extends AutoCloseable {

    /**
     * Moves to the next distinct key, skipping any values of the current key not yet read.
     *
     * @return false once all keys have been returned
     * @throws SpillException if reading a spilled run fails
     */
    boolean nextKey();

    byte[] keyBuffer();

    int keyOffset();

    /** Length of the current key in bytes, &gt;= 0. */
    int keyLength();

    /**
     * Moves to the next value of the current key.
     *
     * @return false once the current key has no more values
     * @throws SpillException if reading a spilled run fails
     */
    boolean nextValue();

    byte[] valueBuffer();

    int valueOffset();

    /** Length of the current value in bytes, &gt;= 0. */
    int valueLength();

    /** Releases read buffers and deletes consumed spill files; idempotent. */
    @Override
    void close();
}
