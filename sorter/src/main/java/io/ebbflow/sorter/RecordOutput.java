package io.ebbflow.sorter;

/**
 * Where a {@link KeyAndValueWriter} writes one record, directly into the sorter's page memory:
 * first the key bytes, then {@link #endKey()}, then the value bytes. Key bytes must already be
 * order-preserving (see {@code io.ebbflow.sorter.encoding}); multi-byte key fields therefore go
 * through the big-endian methods or an encoder into a byte array.
 *
 * <p>Valid only during {@link KeyAndValueWriter#write(RecordOutput)}, on the thread that called
 * {@link ExternalSorter#add(KeyAndValueWriter)}. A write may block while a spill frees memory.
 *
 * @throws IllegalArgumentException from any write that makes the record larger than
 *                                  {@link ExternalSorter#maxRecordBytes()}
 */
public interface RecordOutput {

    void writeByte(int value);

    /** Four bytes, most significant first (order-preserving for non-negative ints). */
    void writeIntBigEndian(int value);

    /** Eight bytes, most significant first (order-preserving for non-negative longs). */
    void writeLongBigEndian(long value);

    /** Eight bytes in little-endian order: fastest for values, not order-preserving. */
    void writeLong(long value);

    void write(byte[] source, int offset, int length);

    /** Ends the key: every byte written before is key, every byte after is value. Call exactly once. */
    void endKey();
}
