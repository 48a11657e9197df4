package io.ebbflow.sorter.encoding;

/**
 * Encodes {@code byte[]} keys so that they can be followed by more key fields while keeping
 * unsigned lexicographic order: each {@code 0x00} byte becomes {@code 0x00 0xFF} and the key ends
 * with {@code 0x00 0x00}. (A byte array that is the last field of a key needs no encoding at all:
 * raw bytes already sort as unsigned bytes.)
 *
 * <p>Stateless and thread-safe; {@link #encode(byte[], int, int, byte[], int)} does not allocate.
 */
public final class BytesKeyEncoder {

    private static final byte ESCAPE = 0;
    private static final byte ESCAPED_ZERO = (byte) 0xFF;
    private static final byte END = 0;

    private BytesKeyEncoder() {
    }

    /** The number of bytes {@link #encode(byte[], int, int, byte[], int)} writes. */
    public static int encodedLength(byte[] source, int offset, int length) {
        int encoded = length + 2;
        for (int i = offset; i < offset + length; i++) {
            if (source[i] == 0) {
                encoded++;
            }
        }
        return encoded;
    }

    /**
     * Writes the encoding of {@code source[offset..offset+length)} at {@code targetOffset}.
     *
     * @return the bytes written
     * @throws IndexOutOfBoundsException if {@code target} is too short
     */
    public static int encode(byte[] source, int offset, int length, byte[] target, int targetOffset) {
        int at = targetOffset;
        for (int i = offset; i < offset + length; i++) {
            byte b = source[i];
            target[at++] = b;
            if (b == 0) {
                target[at++] = ESCAPED_ZERO;
            }
        }
        target[at++] = ESCAPE;
        target[at++] = END;
        return at - targetOffset;
    }

    /** A new array with the encoding of {@code source}. */
    public static byte[] encode(byte[] source) {
        byte[] key = new byte[encodedLength(source, 0, source.length)];
        encode(source, 0, source.length, key, 0);
        return key;
    }

    /**
     * Reads a key written by {@link #encode(byte[], int, int, byte[], int)}.
     *
     * @throws IllegalArgumentException if the bytes are not such an encoding
     */
    public static byte[] decode(byte[] source, int offset) {
        int length = 0;
        int at = offset;
        while (true) {
            if (at >= source.length) {
                throw new IllegalArgumentException("encoded bytes at offset " + offset + " have no end marker");
            }
            if (source[at] == ESCAPE) {
                if (at + 1 >= source.length) {
                    throw new IllegalArgumentException("truncated escape at offset " + at);
                }
                if (source[at + 1] == END) {
                    break;
                }
                at += 2;
            } else {
                at++;
            }
            length++;
        }
        byte[] out = new byte[length];
        at = offset;
        for (int i = 0; i < length; i++) {
            out[i] = source[at];
            at += source[at] == ESCAPE ? 2 : 1;
        }
        return out;
    }
}
