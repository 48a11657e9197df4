package io.ebbflow.sorter.encoding;

/**
 * Encodes {@code int} keys in 4 bytes whose unsigned lexicographic order is the signed numeric
 * order: big-endian with the sign bit flipped. Fixed width, so it can be followed by more key fields.
 *
 * <p>Stateless and thread-safe; no allocation.
 */
public final class IntKeyEncoder {

    /** Bytes of an encoded key. */
    public static final int ENCODED_BYTES = 4;

    private IntKeyEncoder() {
    }

    /** Writes {@code value} at {@code target[offset..offset+4)}; returns {@value #ENCODED_BYTES}. */
    public static int encode(int value, byte[] target, int offset) {
        int v = value ^ Integer.MIN_VALUE;
        target[offset] = (byte) (v >>> 24);
        target[offset + 1] = (byte) (v >>> 16);
        target[offset + 2] = (byte) (v >>> 8);
        target[offset + 3] = (byte) v;
        return ENCODED_BYTES;
    }

    /** A new 4-byte array with the encoding of {@code value}. */
    public static byte[] encode(int value) {
        byte[] key = new byte[ENCODED_BYTES];
        encode(value, key, 0);
        return key;
    }

    /** Reads a key written by {@link #encode(int, byte[], int)}. */
    public static int decode(byte[] source, int offset) {
        int v = (source[offset] & 0xFF) << 24 | (source[offset + 1] & 0xFF) << 16
                | (source[offset + 2] & 0xFF) << 8 | (source[offset + 3] & 0xFF);
        return v ^ Integer.MIN_VALUE;
    }
}
