package io.ebbflow.sorter.group;

import io.ebbflow.sorter.SortedGroups;
import io.ebbflow.sorter.record.RecordCursor;
import io.ebbflow.sorter.record.RecordFormat;

/**
 * Groups a sorted {@link RecordCursor} by key. A group boundary is found by comparing each record's
 * prefix and length with the current key's, and the remaining bytes only for keys longer than 8
 * bytes. When the cursor does not keep keys in place, the current key is copied into a scratch
 * buffer that is reused (it grows only for a longer key than any before).
 *
 * <p>Not thread-safe.
 */
public final class CursorSortedGroups implements SortedGroups {

    private final RecordCursor cursor;
    private final boolean stableKeys;
    private final Runnable onClose;
    private byte[] keyScratch;

    private boolean started;
    private boolean cursorValid;
    private boolean valueUnread;
    private boolean groupEnded = true;
    private boolean closed;

    private long keyPrefix;
    private byte[] keyBuffer;
    private int keyOffset;
    private int keyLength;

    /**
     * @param cursor     sorted records
     * @param keyScratch initial scratch buffer for copied keys (may be replaced by a larger one)
     * @param onClose    run once on {@link #close()} after the cursor is closed
     */
    public CursorSortedGroups(RecordCursor cursor, byte[] keyScratch, Runnable onClose) {
        this.cursor = cursor;
        this.stableKeys = cursor.stableKeys();
        this.keyScratch = keyScratch;
        this.onClose = onClose;
    }

    @Override
    public boolean nextKey() {
        final RecordCursor c = cursor;
        if (!started) {
            started = true;
            cursorValid = !closed && c.advance();
        } else if (!groupEnded) {
            do {
                cursorValid = c.advance();
            } while (cursorValid && sameKey(c));
        }
        if (!cursorValid) {
            groupEnded = true;
            valueUnread = false;
            return false;
        }
        keyPrefix = c.keyPrefix();
        int length = c.keyLength();
        keyLength = length;
        if (stableKeys) {
            keyBuffer = c.keyBuffer();
            keyOffset = c.keyOffset();
        } else {
            if (length > keyScratch.length) {
                keyScratch = new byte[Math.max(length, 2 * keyScratch.length)];
            }
            System.arraycopy(c.keyBuffer(), c.keyOffset(), keyScratch, 0, length);
            keyBuffer = keyScratch;
            keyOffset = 0;
        }
        valueUnread = true;
        groupEnded = false;
        return true;
    }

    @Override
    public boolean nextValue() {
        if (valueUnread) {
            valueUnread = false;
            return true;
        }
        if (groupEnded) {
            return false;
        }
        final RecordCursor c = cursor;
        cursorValid = c.advance();
        if (cursorValid && sameKey(c)) {
            return true;
        }
        groupEnded = true;
        return false;
    }

    private boolean sameKey(RecordCursor c) {
        return RecordFormat.equalKeys(c.keyPrefix(), c.keyBuffer(), c.keyOffset(), c.keyLength(),
                keyPrefix, keyBuffer, keyOffset, keyLength);
    }

    @Override
    public byte[] keyBuffer() {
        return keyBuffer;
    }

    @Override
    public int keyOffset() {
        return keyOffset;
    }

    @Override
    public int keyLength() {
        return keyLength;
    }

    @Override
    public byte[] valueBuffer() {
        return cursor.valueBuffer();
    }

    @Override
    public int valueOffset() {
        return cursor.valueOffset();
    }

    @Override
    public int valueLength() {
        return cursor.valueLength();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        started = true;
        cursorValid = false;
        groupEnded = true;
        valueUnread = false;
        try {
            cursor.close();
        } finally {
            onClose.run();
        }
    }
}
