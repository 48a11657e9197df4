package io.ebbflow.sorter.record;

/**
 * A forward-only flyweight over a stream of records sorted by key. After {@link #advance()} returns
 * true the accessors describe the current record; its bytes stay valid until the next
 * {@code advance()} (and for ever, within one iteration, when {@link #stableKeys()} is true).
 *
 * <p>Not thread-safe: one thread drives a cursor.
 */
public interface RecordCursor extends AutoCloseable {

    /** Moves to the next record; false once the stream is exhausted (and from then on). */
    boolean advance();

    /** The normalized prefix of the current key, see {@link RecordFormat#prefix}. */
    long keyPrefix();

    byte[] keyBuffer();

    int keyOffset();

    int keyLength();

    byte[] valueBuffer();

    int valueOffset();

    int valueLength();

    /** Whether a record's key bytes stay in place after the cursor moves on. */
    boolean stableKeys();

    /** Releases files and buffers; idempotent. */
    @Override
    void close();
}
