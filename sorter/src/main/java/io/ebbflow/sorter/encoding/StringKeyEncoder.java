package io.ebbflow.sorter.encoding;

/**
 * Encodes {@code String} keys so that unsigned lexicographic byte order equals
 * {@link String#compareTo(String)} order, and so that an encoded string can be followed by more
 * key fields (no encoding is a proper prefix of another).
 *
 * <p>Each UTF-16 char {@code c} is written as {@code c + 1} in the UTF-8 bit pattern (1 byte for
 * ASCII, 2 or 3 for other BMP chars, 4 for {@code U+FFFF}); surrogates are encoded one char at a
 * time, which keeps {@code compareTo}'s code-unit order. A {@code 0x00} byte, which no char
 * produces, terminates the string, so a shorter string sorts before its extensions. ASCII strings
 * cost their length plus one byte.
 *
 * <p>Stateless and thread-safe; {@link #encode(String, byte[], int)} does not allocate.
 */
public final class StringKeyEncoder {

    private static final int TERMINATOR = 0;

    private StringKeyEncoder() {
    }

    /** The number of bytes {@link #encode(String, byte[], int)} writes for {@code value}. */
    public static int encodedLength(String value) {
        int length = 1;
        for (int i = 0; i < value.length(); i++) {
            length += charLength(value.charAt(i) + 1);
        }
        return length;
    }

    /**
     * Writes the encoding of {@code value} at {@code offset}.
     *
     * @return the bytes written, {@link #encodedLength(String)}
     * @throws IndexOutOfBoundsException if {@code target} is too short
     */
    public static int encode(String value, byte[] target, int offset) {
        int at = offset;
        for (int i = 0; i < value.length(); i++) {
            int v = value.charAt(i) + 1;
            if (v < 0x80) {
                target[at++] = (byte) v;
            } else if (v < 0x800) {
                target[at++] = (byte) (0xC0 | (v >>> 6));
                target[at++] = (byte) (0x80 | (v & 0x3F));
            } else if (v < 0x10000) {
                target[at++] = (byte) (0xE0 | (v >>> 12));
                target[at++] = (byte) (0x80 | ((v >>> 6) & 0x3F));
                target[at++] = (byte) (0x80 | (v & 0x3F));
            } else {
                target[at++] = (byte) (0xF0 | (v >>> 18));
                target[at++] = (byte) (0x80 | ((v >>> 12) & 0x3F));
                target[at++] = (byte) (0x80 | ((v >>> 6) & 0x3F));
                target[at++] = (byte) (0x80 | (v & 0x3F));
            }
        }
        target[at++] = TERMINATOR;
        return at - offset;
    }

    /** A new array with the encoding of {@code value}. */
    public static byte[] encode(String value) {
        byte[] key = new byte[encodedLength(value)];
        encode(value, key, 0);
        return key;
    }

    /**
     * Reads a string written by {@link #encode(String, byte[], int)}.
     *
     * @throws IllegalArgumentException if the bytes are not such an encoding
     */
    public static String decode(byte[] source, int offset) {
        StringBuilder sb = new StringBuilder();
        int at = offset;
        while (true) {
            if (at >= source.length) {
                throw new IllegalArgumentException("encoded string at offset " + offset + " has no terminator");
            }
            int b = source[at++] & 0xFF;
            if (b == TERMINATOR) {
                return sb.toString();
            }
            int v;
            int continuation;
            if (b < 0x80) {
                v = b;
                continuation = 0;
            } else if (b >= 0xF0) {
                v = b & 0x07;
                continuation = 3;
            } else if (b >= 0xE0) {
                v = b & 0x0F;
                continuation = 2;
            } else if (b >= 0xC0) {
                v = b & 0x1F;
                continuation = 1;
            } else {
                throw new IllegalArgumentException("bad lead byte " + b + " at offset " + (at - 1));
            }
            for (int i = 0; i < continuation; i++) {
                if (at >= source.length) {
                    throw new IllegalArgumentException("truncated char at offset " + at);
                }
                v = (v << 6) | (source[at++] & 0x3F);
            }
            sb.append((char) (v - 1));
        }
    }

    private static int charLength(int v) {
        return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
    }
}
