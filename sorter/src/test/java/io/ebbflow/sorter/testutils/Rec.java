package io.ebbflow.sorter.testutils;

import java.util.Arrays;
import java.util.Comparator;

/** A reference record for tests: key and value bytes plus arrival number. */
public record Rec(byte[] key, byte[] value, int sequence) {

    /** Unsigned lexicographic key order, as the sorter's. */
    public static final Comparator<byte[]> UNSIGNED = Arrays::compareUnsigned;

    public static final Comparator<Rec> BY_KEY = (a, b) -> Arrays.compareUnsigned(a.key, b.key);

    @Override
    public String toString() {
        return "Rec{key=" + Arrays.toString(key) + ", value=" + Arrays.toString(value) + ", seq=" + sequence + '}';
    }
}
