package io.ebbflow.sorter.encoding;

/**
 * Encodes {@code long} keys in 8 bytes whose unsigned lexicographic order is the signed numeric
 * order: big-endian with the sign bit flipped. Fixed width, so it can be followed by more key fields.
 *
 * <p>Stateless and thread-safe; no allocation.
 */
public final class LongKeyEncoder {

    /** Bytes of an encoded key. */
    public static final int ENCODED_BYTES = 8;

    private LongKeyEncoder() {
    }

    /** Writes {@code value} at {@code target[offset..offset+8)}; returns {@value #ENCODED_BYTES}. */
    public static int encode(long value, byte[] target, int offset) {
        long v = value ^ Long.MIN_VALUE;
        for (int i = 7; i >= 0; i--) {
            target[offset + i] = (byte) v;
            v >>>= 8;
        }
        return ENCODED_BYTES;
    }

    /** A new 8-byte array with the encoding of {@code value}. */
    public static byte[] encode(long value) {
        byte[] key = new byte[ENCODED_BYTES];
        encode(value, key, 0);
        return key;
    }

    /** Reads a key written by {@link #encode(long, byte[], int)}. */
    public static long decode(byte[] source, int offset) {
        long v = 0;
        for (int i = 0; i < ENCODED_BYTES; i++) {
            v = (v << 8) | (source[offset + i] & 0xFF);
        }
        return v ^ Long.MIN_VALUE;
    }
}
