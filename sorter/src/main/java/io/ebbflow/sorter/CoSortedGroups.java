package io.ebbflow.sorter;

import io.ebbflow.sorter.record.RecordFormat;
import java.util.Objects;

/**
 * Merges two {@link SortedGroups} by key for coGroup and join: every key present on either side,
 * in ascending order, once, with the values of the left side and of the right side (either may be
 * empty). Keys compare as unsigned bytes, as in the sorters.
 *
 * <pre>{@code
 * try (CoSortedGroups co = CoSortedGroups.of(left, right)) {
 *     while (co.nextKey()) {
 *         while (co.nextLeftValue()) { ... co.leftValueBuffer() ... }
 *         while (co.nextRightValue()) { ... co.rightValueBuffer() ... }
 *     }
 * }
 * }</pre>
 *
 * <p>Values may be read in any order between the two sides, and skipped. Accessors follow
 * {@link SortedGroups}: the key is valid until the next {@link #nextKey()}, a value until the next
 * call on its side. No allocation per key or record. Not thread-safe.
 */
public final class CoSortedGroups implements AutoCloseable {

    private final SortedGroups left;
    private final SortedGroups right;
    /** The side holds a key not yet emitted (it has been advanced past the last emitted key). */
    private boolean leftPending;
    private boolean rightPending;
    /** The side is exhausted. */
    private boolean leftDone;
    private boolean rightDone;
    /** The side takes part in the current key. */
    private boolean leftActive;
    private boolean rightActive;
    private boolean closed;

    private CoSortedGroups(SortedGroups left, SortedGroups right) {
        this.left = Objects.requireNonNull(left, "left");
        this.right = Objects.requireNonNull(right, "right");
    }

    /**
     * @param left  the first input, positioned before its first key
     * @param right the second input, positioned before its first key; a different object
     */
    public static CoSortedGroups of(SortedGroups left, SortedGroups right) {
        if (left == right) {
            throw new IllegalArgumentException("left and right must be different SortedGroups");
        }
        return new CoSortedGroups(left, right);
    }

    /**
     * Moves to the next key present on either side, skipping unread values of the current one.
     *
     * @return false once both sides are exhausted
     */
    public boolean nextKey() {
        if (!leftPending && !leftDone) {
            leftPending = left.nextKey();
            leftDone = !leftPending;
        }
        if (!rightPending && !rightDone) {
            rightPending = right.nextKey();
            rightDone = !rightPending;
        }
        if (leftPending && rightPending) {
            int c = RecordFormat.compareKeys(left.keyBuffer(), left.keyOffset(), left.keyLength(),
                    right.keyBuffer(), right.keyOffset(), right.keyLength());
            leftActive = c <= 0;
            rightActive = c >= 0;
        } else {
            leftActive = leftPending;
            rightActive = rightPending;
        }
        if (leftActive) {
            leftPending = false;
        }
        if (rightActive) {
            rightPending = false;
        }
        return leftActive || rightActive;
    }

    /** Whether the left side has the current key. */
    public boolean hasLeft() {
        return leftActive;
    }

    /** Whether the right side has the current key. */
    public boolean hasRight() {
        return rightActive;
    }

    public byte[] keyBuffer() {
        return leftActive ? left.keyBuffer() : right.keyBuffer();
    }

    public int keyOffset() {
        return leftActive ? left.keyOffset() : right.keyOffset();
    }

    public int keyLength() {
        return leftActive ? left.keyLength() : right.keyLength();
    }

    /** Moves to the next left value of the current key; false if none (or the left lacks the key). */
    public boolean nextLeftValue() {
        return leftActive && left.nextValue();
    }

    public byte[] leftValueBuffer() {
        return left.valueBuffer();
    }

    public int leftValueOffset() {
        return left.valueOffset();
    }

    public int leftValueLength() {
        return left.valueLength();
    }

    /** Moves to the next right value of the current key; false if none (or the right lacks the key). */
    public boolean nextRightValue() {
        return rightActive && right.nextValue();
    }

    public byte[] rightValueBuffer() {
        return right.valueBuffer();
    }

    public int rightValueOffset() {
        return right.valueOffset();
    }

    public int rightValueLength() {
        return right.valueLength();
    }

    /** Closes both sides; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            left.close();
        } finally {
            right.close();
        }
    }
}
