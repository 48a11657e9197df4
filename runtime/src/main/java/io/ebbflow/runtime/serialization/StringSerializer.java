package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import io.ebbflow.api.serialization.DataOutputView;
import io.ebbflow.api.serialization.Serializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serializes {@link String} values as their UTF-8 length in bytes (a varint), then their UTF-8 bytes.
 *
 * <p>Design: unlike {@link java.io.DataOutput#writeUTF} there is no 64 KiB limit and the bytes are
 * standard UTF-8: a supplementary character (a surrogate pair) takes 4 bytes, and U+0000 takes 1. A
 * surrogate without its partner, which a Java string may hold but UTF-8 cannot express, is written as the
 * 3-byte form of its code unit (as WTF-8 does), so every string round-trips. With a
 * {@link DataOutputSerializer} or {@link DataInputDeserializer} the bytes are encoded and decoded in place;
 * ASCII takes a fast path that builds the string with one copy. Other views go through a temporary array.
 *
 * <p>Thread-safety: stateless; {@link #INSTANCE} is shared by all threads. Null is not accepted.
 *
 * <p>Errors: {@link SerializationException} when the bytes read are not UTF-8 as written here, or when a
 * string's encoding would exceed {@link DataOutputSerializer#MAX_CAPACITY_BYTES}.
 */
public final class StringSerializer implements Serializer<String> {

    /** The only instance. */
    public static final StringSerializer INSTANCE = new StringSerializer();

    private StringSerializer() {
    }

    /**
     * Writes {@code value}.
     *
     * @throws NullPointerException when {@code value} is null
     * @throws SerializationException when the encoding would be longer than
     *     {@link DataOutputSerializer#MAX_CAPACITY_BYTES}
     */
    @Override
    public void serialize(String value, DataOutputView out) throws IOException {
        int utf8Length = utf8Length(value);
        out.writeVarInt(utf8Length);
        if (out instanceof DataOutputSerializer buffered) {
            buffered.requireFree(utf8Length);
            int end = encode(value, buffered.getBuffer(), buffered.length());
            buffered.setPositionUnchecked(end);
        } else {
            byte[] bytes = new byte[utf8Length];
            encode(value, bytes, 0);
            out.write(bytes);
        }
    }

    /**
     * Reads a string.
     *
     * @throws java.io.EOFException when the input ends before the string does
     * @throws SerializationException when the length is negative or the bytes are not valid
     */
    @Override
    public String deserialize(DataInputView in) throws IOException {
        int utf8Length = in.readVarInt();
        if (utf8Length < 0) {
            throw new SerializationException(String.class,
                    "negative length " + Integer.toUnsignedString(utf8Length) + " read; the input is corrupt");
        }
        if (in instanceof DataInputDeserializer buffered) {
            buffered.require(utf8Length);
            String s = decode(buffered.buffer(), buffered.position(), utf8Length);
            buffered.skipBytesToRead(utf8Length);
            return s;
        }
        byte[] bytes = new byte[utf8Length];
        in.readFully(bytes);
        return decode(bytes, 0, utf8Length);
    }

    /** Returns the number of bytes {@link #encode} writes for {@code s}. */
    static int utf8Length(String s) {
        int len = s.length();
        int i = 0;
        while (i < len && s.charAt(i) < 0x80) {
            i++;
        }
        long bytes = len;
        for (; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 2; // 2 chars, 4 bytes
                i++;
            } else {
                bytes += 2;
            }
        }
        if (bytes > DataOutputSerializer.MAX_CAPACITY_BYTES) {
            throw new SerializationException(String.class, "a string of " + len + " chars encodes to " + bytes
                    + " bytes, more than the limit of " + DataOutputSerializer.MAX_CAPACITY_BYTES);
        }
        return (int) bytes;
    }

    /** Writes the UTF-8 of {@code s} into {@code b} from {@code p}; returns the index after the last byte. */
    static int encode(String s, byte[] b, int p) {
        int len = s.length();
        int i = 0;
        for (; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            b[p++] = (byte) c;
        }
        for (; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }

    /** Decodes {@code b[off, off + len)}, as written by {@link #encode}. */
    static String decode(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end && b[i] >= 0) {
            i++;
        }
        if (i == end) {
            // ISO-8859-1 maps bytes 0..127 to the same chars and lets the JDK build a compact string directly.
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[len];
        int count = 0;
        for (int k = off; k < i; k++) {
            chars[count++] = (char) b[k];
        }
        while (i < end) {
            int c = b[i];
            if (c >= 0) {
                chars[count++] = (char) c;
                i++;
            } else if ((c & 0xE0) == 0xC0) {
                int cp = ((c & 0x1F) << 6) | continuation(b, i, 1, end, off);
                if (cp < 0x80) {
                    throw malformed(i, off, len);
                }
                chars[count++] = (char) cp;
                i += 2;
            } else if ((c & 0xF0) == 0xE0) {
                int cp = ((c & 0x0F) << 12) | (continuation(b, i, 1, end, off) << 6) | continuation(b, i, 2, end, off);
                if (cp < 0x800) {
                    throw malformed(i, off, len);
                }
                chars[count++] = (char) cp;
                i += 3;
            } else if ((c & 0xF8) == 0xF0) {
                int cp = ((c & 0x07) << 18) | (continuation(b, i, 1, end, off) << 12)
                        | (continuation(b, i, 2, end, off) << 6) | continuation(b, i, 3, end, off);
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT || cp > Character.MAX_CODE_POINT) {
                    throw malformed(i, off, len);
                }
                chars[count++] = Character.highSurrogate(cp);
                chars[count++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                throw malformed(i, off, len);
            }
        }
        return new String(chars, 0, count);
    }

    /** Returns the low 6 bits of the continuation byte {@code b[lead + k]}, checking it exists and is one. */
    private static int continuation(byte[] b, int lead, int k, int end, int off) {
        int i = lead + k;
        if (i >= end || (b[i] & 0xC0) != 0x80) {
            throw malformed(lead, off, end - off);
        }
        return b[i] & 0x3F;
    }

    private static SerializationException malformed(int at, int off, int len) {
        return new SerializationException(String.class,
                "malformed UTF-8 at byte " + (at - off) + " of a " + len + "-byte string; the input is corrupt");
    }

    @Override
    public String toString() {
        return "StringSerializer";
    }
}
