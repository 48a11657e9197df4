package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataInputView;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A {@link DataInputView} over a slice of a {@code byte[]}, reading what {@link DataOutputSerializer} writes.
 *
 * <p>Design: one instance is pointed at one value after another with {@link #setBuffer(byte[], int, int)},
 * which neither copies nor allocates, so reading a RocksDB value or a sorted record costs no garbage beyond
 * the objects deserialized. Multi-byte values are read through big-endian {@link VarHandle} byte-array views.
 *
 * <p>Thread-safety: not thread-safe; one thread sets the buffer and reads it. The caller must not change
 * the slice while it is being read.
 *
 * <p>Errors: a read past the end of the slice throws {@link EOFException} whose message says how many bytes
 * were wanted, at which position, and how many remain; the position is then unchanged. Malformed varints
 * throw {@link IOException}, malformed modified UTF-8 throws {@link UTFDataFormatException}.
 */
public final class DataInputDeserializer implements DataInputView {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle CHAR = MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private static final byte[] EMPTY = new byte[0];
    private static final int MAX_VARINT_BYTES = 5;
    /** The 5th varint byte may carry only the top 4 bits of an int. */
    private static final int LAST_VARINT_BYTE_MAX = 0x0F;

    private byte[] buffer = EMPTY;
    private int position;
    private int end;

    /** Creates a deserializer over an empty slice; call {@link #setBuffer(byte[], int, int)} before reading. */
    public DataInputDeserializer() {
    }

    /**
     * Creates a deserializer over all of {@code buf}.
     *
     * @param buf the bytes; not null, and not modified while being read
     * @throws NullPointerException when {@code buf} is null
     */
    public DataInputDeserializer(byte[] buf) {
        setBuffer(buf, 0, buf.length);
    }

    /**
     * Creates a deserializer over {@code buf[offset, offset + length)}.
     *
     * @param buf the bytes; not null, and not modified while being read
     * @param offset index of the first byte, in {@code [0, buf.length]}
     * @param length number of bytes, in {@code [0, buf.length - offset]}
     * @throws NullPointerException when {@code buf} is null
     * @throws IndexOutOfBoundsException when the slice is not within {@code buf}
     */
    public DataInputDeserializer(byte[] buf, int offset, int length) {
        setBuffer(buf, offset, length);
    }

    /**
     * Points this deserializer at all of {@code buf}, without copying.
     *
     * @param buf the bytes; not null, and not modified while being read
     * @throws NullPointerException when {@code buf} is null
     */
    public void setBuffer(byte[] buf) {
        setBuffer(buf, 0, buf.length);
    }

    /**
     * Points this deserializer at {@code buf[offset, offset + length)}, without copying. Reading starts at
     * {@code offset}.
     *
     * @param buf the bytes; not null, and not modified while being read
     * @param offset index of the first byte, in {@code [0, buf.length]}
     * @param length number of bytes, in {@code [0, buf.length - offset]}
     * @throws NullPointerException when {@code buf} is null
     * @throws IndexOutOfBoundsException when the slice is not within {@code buf}
     */
    public void setBuffer(byte[] buf, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buf.length);
        this.buffer = buf;
        this.position = offset;
        this.end = offset + length;
    }

    /** Drops the reference to the current buffer, leaving an empty slice. */
    public void releaseBuffer() {
        setBuffer(EMPTY, 0, 0);
    }

    /** Returns the index in the backing array of the next byte to read. */
    public int position() {
        return position;
    }

    /** Returns the number of bytes left in the slice. */
    public int available() {
        return end - position;
    }

    /**
     * Skips exactly {@code numBytes} bytes, unlike {@link #skipBytes(int)}, which may skip fewer.
     *
     * @param numBytes bytes to skip, at least 0
     * @throws IllegalArgumentException when {@code numBytes} is negative
     * @throws EOFException when fewer than {@code numBytes} bytes remain; nothing is skipped then
     */
    public void skipBytesToRead(int numBytes) throws EOFException {
        if (numBytes < 0) {
            throw new IllegalArgumentException("numBytes must be >= 0 but was " + numBytes);
        }
        require(numBytes);
        position += numBytes;
    }

    /** Returns the backing array, for serializers of this package that decode in place. */
    byte[] buffer() {
        return buffer;
    }

    /** Throws {@link EOFException} unless {@code bytes} more bytes remain. */
    void require(long bytes) throws EOFException {
        if (bytes > end - position) {
            throw endOfSlice(bytes, position);
        }
    }

    private EOFException endOfSlice(long wanted, int at) {
        return new EOFException("Wanted " + wanted + (wanted == 1 ? " byte" : " bytes") + " at position " + at
                + " but only " + (end - at) + " remain");
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        require(len);
        System.arraycopy(buffer, position, b, off, len);
        position += len;
    }

    /** Skips {@code min(n, available())} bytes, as {@link java.io.DataInput#skipBytes} allows; returns that count. */
    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        int p = position;
        if (p >= end) {
            throw endOfSlice(1, p);
        }
        position = p + 1;
        return buffer[p];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return readByte() & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
        int p = position;
        if (p > end - Short.BYTES) {
            throw endOfSlice(Short.BYTES, p);
        }
        position = p + Short.BYTES;
        return (short) SHORT.get(buffer, p);
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xFFFF;
    }

    @Override
    public char readChar() throws IOException {
        int p = position;
        if (p > end - Character.BYTES) {
            throw endOfSlice(Character.BYTES, p);
        }
        position = p + Character.BYTES;
        return (char) CHAR.get(buffer, p);
    }

    @Override
    public int readInt() throws IOException {
        int p = position;
        if (p > end - Integer.BYTES) {
            throw endOfSlice(Integer.BYTES, p);
        }
        position = p + Integer.BYTES;
        return (int) INT.get(buffer, p);
    }

    @Override
    public long readLong() throws IOException {
        int p = position;
        if (p > end - Long.BYTES) {
            throw endOfSlice(Long.BYTES, p);
        }
        position = p + Long.BYTES;
        return (long) LONG.get(buffer, p);
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /**
     * Reads bytes up to a line terminator as {@link java.io.DataInput#readLine} specifies: each byte becomes
     * one char, and {@code "\n"}, {@code "\r"} or {@code "\r\n"} ends the line and is consumed.
     *
     * @return the line without its terminator, or null when no bytes remain
     */
    @Override
    public String readLine() {
        int p = position;
        if (p >= end) {
            return null;
        }
        byte[] b = buffer;
        StringBuilder line = new StringBuilder();
        while (p < end) {
            int c = b[p++] & 0xFF;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                if (p < end && b[p] == '\n') {
                    p++;
                }
                break;
            }
            line.append((char) c);
        }
        position = p;
        return line.toString();
    }

    /**
     * Reads a string written by {@link java.io.DataOutput#writeUTF}: a 2-byte length, then modified UTF-8.
     *
     * @throws EOFException when the slice ends before the string does
     * @throws UTFDataFormatException when the bytes are not valid modified UTF-8
     */
    @Override
    public String readUTF() throws IOException {
        int start = position;
        int utfLength = readUnsignedShort();
        if (utfLength > end - position) {
            EOFException e = endOfSlice(Short.BYTES + utfLength, start);
            position = start;
            throw e;
        }
        byte[] b = buffer;
        int p = position;
        int limit = p + utfLength;
        char[] chars = new char[utfLength];
        int count = 0;
        while (p < limit) {
            int c = b[p] & 0xFF;
            switch (c >> 4) {
                case 0, 1, 2, 3, 4, 5, 6, 7 -> {
                    p++;
                    chars[count++] = (char) c;
                }
                case 12, 13 -> {
                    if (p + 2 > limit) {
                        throw malformedUtf(start, p);
                    }
                    int c2 = b[p + 1];
                    if ((c2 & 0xC0) != 0x80) {
                        throw malformedUtf(start, p);
                    }
                    chars[count++] = (char) (((c & 0x1F) << 6) | (c2 & 0x3F));
                    p += 2;
                }
                case 14 -> {
                    if (p + 3 > limit) {
                        throw malformedUtf(start, p);
                    }
                    int c2 = b[p + 1];
                    int c3 = b[p + 2];
                    if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) {
                        throw malformedUtf(start, p);
                    }
                    chars[count++] = (char) (((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
                    p += 3;
                }
                default -> throw malformedUtf(start, p);
            }
        }
        position = limit;
        return new String(chars, 0, count);
    }

    private UTFDataFormatException malformedUtf(int start, int at) {
        position = start;
        return new UTFDataFormatException("Malformed modified UTF-8 at position " + at
                + " in the string starting at position " + start);
    }

    /**
     * Reads an unsigned LEB128 int written by {@link DataOutputSerializer#writeVarInt(int)}. Non-minimal
     * encodings of up to 5 bytes are accepted.
     *
     * @throws EOFException when the slice ends inside the varint; the position is then unchanged
     * @throws IOException when the 5th byte has its continuation bit or bits beyond the 32nd set
     */
    @Override
    public int readVarInt() throws IOException {
        int p = position;
        if (p < end) {
            byte first = buffer[p];
            if (first >= 0) {
                position = p + 1;
                return first;
            }
        }
        return readVarIntSlow();
    }

    private int readVarIntSlow() throws IOException {
        byte[] b = buffer;
        int start = position;
        int p = start;
        int result = 0;
        for (int i = 0; i < MAX_VARINT_BYTES; i++) {
            if (p >= end) {
                throw endOfSlice(i + 1, start);
            }
            int v = b[p++];
            if (i == MAX_VARINT_BYTES - 1 && (v & 0xFF) > LAST_VARINT_BYTE_MAX) {
                throw new IOException("Malformed varint at position " + start + ": the 5th byte is 0x"
                        + Integer.toHexString(v & 0xFF) + " but must be at most 0x0f");
            }
            result |= (v & 0x7F) << (7 * i);
            if (v >= 0) {
                position = p;
                return result;
            }
        }
        throw new AssertionError("unreachable: the 5th varint byte has no continuation bit");
    }

    @Override
    public String toString() {
        return "DataInputDeserializer{position=" + position + ", available=" + available() + '}';
    }
}
