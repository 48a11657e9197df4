package io.ebbflow.sorter.record;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The byte layout of one record, shared by the in-memory pages and the spill files, and the
 * normalized-key prefix used to compare keys as longs before comparing their bytes.
 *
 * <p>A record is {@code [keyLength:int32][valueLength:int32][key bytes][value bytes]}. The
 * normalized prefix is the first {@value #PREFIX_BYTES} key bytes read big-endian, padded with zero
 * bytes, so that comparing two prefixes as unsigned longs agrees with comparing the keys as unsigned
 * bytes wherever the prefixes differ. Where they are equal, {@link #lengthClass(int)} and, for keys
 * longer than the prefix, the remaining bytes decide.
 *
 * <p>Stateless and thread-safe.
 */
public final class RecordFormat {

    /** Bytes of the record header: key length and value length, each an int. */
    public static final int HEADER_BYTES = 8;

    /** Bytes of the key that the normalized prefix holds. */
    public static final int PREFIX_BYTES = 8;

    /** The length class of every key longer than {@link #PREFIX_BYTES}. */
    public static final int LONG_KEY_CLASS = PREFIX_BYTES + 1;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private RecordFormat() {
    }

    public static int getInt(byte[] buffer, int offset) {
        return (int) INT.get(buffer, offset);
    }

    public static void putInt(byte[] buffer, int offset, int value) {
        INT.set(buffer, offset, value);
    }

    /** Writes a long in little-endian order (raw data, not a key). */
    public static void putLong(byte[] buffer, int offset, long value) {
        LONG_LE.set(buffer, offset, value);
    }

    /** Writes a long in big-endian order, for order-preserving key encodings. */
    public static void putLongBigEndian(byte[] buffer, int offset, long value) {
        LONG_BE.set(buffer, offset, value);
    }

    public static long getLongBigEndian(byte[] buffer, int offset) {
        return (long) LONG_BE.get(buffer, offset);
    }

    /**
     * The normalized prefix of a key: its first 8 bytes as a big-endian long, zero-padded.
     * Compare two prefixes with {@link Long#compareUnsigned(long, long)}.
     */
    public static long prefix(byte[] key, int offset, int length) {
        if (length >= PREFIX_BYTES) {
            return (long) LONG_BE.get(key, offset);
        }
        long prefix = 0;
        for (int i = 0; i < length; i++) {
            prefix |= (key[offset + i] & 0xFFL) << (56 - 8 * i);
        }
        return prefix;
    }

    /**
     * Orders keys whose prefixes are equal: for keys of at most 8 bytes with equal zero-padded
     * prefixes, the shorter is a prefix of the longer and so sorts first; every longer key gets
     * {@link #LONG_KEY_CLASS} and needs its remaining bytes compared.
     */
    public static int lengthClass(int keyLength) {
        return Math.min(keyLength, LONG_KEY_CLASS);
    }

    /** Compares two keys as unsigned bytes, lexicographically; a proper prefix sorts first. */
    public static int compareKeys(byte[] a, int aOffset, int aLength, byte[] b, int bOffset, int bLength) {
        return Arrays.compareUnsigned(a, aOffset, aOffset + aLength, b, bOffset, bOffset + bLength);
    }

    /**
     * Compares two keys given their prefixes: the prefixes first, the bytes only on a tie.
     */
    public static int compareKeys(long aPrefix, byte[] a, int aOffset, int aLength,
                                  long bPrefix, byte[] b, int bOffset, int bLength) {
        if (aPrefix != bPrefix) {
            return Long.compareUnsigned(aPrefix, bPrefix);
        }
        if (aLength <= PREFIX_BYTES || bLength <= PREFIX_BYTES) {
            return Integer.compare(aLength, bLength);
        }
        return Arrays.compareUnsigned(a, aOffset + PREFIX_BYTES, aOffset + aLength,
                b, bOffset + PREFIX_BYTES, bOffset + bLength);
    }

    /** Whether two keys with these prefixes are equal. */
    public static boolean equalKeys(long aPrefix, byte[] a, int aOffset, int aLength,
                                    long bPrefix, byte[] b, int bOffset, int bLength) {
        if (aPrefix != bPrefix || aLength != bLength) {
            return false;
        }
        return aLength <= PREFIX_BYTES || Arrays.equals(a, aOffset + PREFIX_BYTES, aOffset + aLength,
                b, bOffset + PREFIX_BYTES, bOffset + bLength);
    }
}
