package io.ebbflow.runtime.serialization;

import io.ebbflow.api.serialization.DataOutputView;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * A {@link DataOutputView} that writes into a growable {@code byte[]} on the heap.
 *
 * <p>Design: keyed state, the sorter and checkpoints serialize one value at a time into a reused buffer,
 * then hand the bytes on. So this class allocates only when the buffer grows (it doubles), never per write;
 * {@link #clear()} keeps the array for the next value, and {@link #getBuffer()} exposes it without a copy.
 * Multi-byte values go through {@link VarHandle} byte-array views, which the JIT compiles to single
 * big-endian stores.
 *
 * <p>Encodings are those of {@link java.io.DataOutput}: big-endian, {@code writeFloat}/{@code writeDouble}
 * through {@link Float#floatToIntBits}/{@link Double#doubleToLongBits} (so every NaN is written as the
 * canonical NaN and equal values give equal bytes), {@code writeUTF} in modified UTF-8 with a 2-byte length.
 *
 * <p>Thread-safety: not thread-safe; one thread writes, then reads the result.
 *
 * <p>Errors: a write that would make the buffer larger than {@value #MAX_CAPACITY_BYTES} bytes throws
 * {@link IOException} and writes nothing. Null arguments throw {@link NullPointerException}.
 */
public final class DataOutputSerializer implements DataOutputView {

    /** Capacity of the buffer made by the no-argument constructor. */
    public static final int DEFAULT_INITIAL_CAPACITY_BYTES = 64;

    /** The largest buffer this class makes: some JVMs cannot allocate arrays closer to Integer.MAX_VALUE. */
    public static final int MAX_CAPACITY_BYTES = Integer.MAX_VALUE - 8;

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle CHAR = MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private static final int MAX_VARINT_BYTES = 5;
    private static final int MAX_UTF_LENGTH_BYTES = 0xFFFF;

    private byte[] buffer;
    private int position;

    /** Creates an empty output with a buffer of {@value #DEFAULT_INITIAL_CAPACITY_BYTES} bytes. */
    public DataOutputSerializer() {
        this(DEFAULT_INITIAL_CAPACITY_BYTES);
    }

    /**
     * Creates an empty output.
     *
     * @param initialCapacityBytes size of the first buffer, in {@code [0, MAX_CAPACITY_BYTES]}
     * @throws IllegalArgumentException when {@code initialCapacityBytes} is out of range
     */
    public DataOutputSerializer(int initialCapacityBytes) {
        if (initialCapacityBytes < 0 || initialCapacityBytes > MAX_CAPACITY_BYTES) {
            throw new IllegalArgumentException("initialCapacityBytes must be in [0, " + MAX_CAPACITY_BYTES
                    + "] but was " + initialCapacityBytes);
        }
        this.buffer = new byte[initialCapacityBytes];
    }

    /**
     * Returns the backing array, not a copy. Bytes {@code [0, length())} are the ones written. The array is
     * replaced when the buffer grows, so call this again after further writes.
     */
    public byte[] getBuffer() {
        return buffer;
    }

    /** Returns the number of bytes written since construction or the last {@link #clear()}. */
    public int length() {
        return position;
    }

    /** Forgets the bytes written, keeping the buffer for reuse. */
    public void clear() {
        position = 0;
    }

    /** Returns a copy of the bytes written, exactly {@link #length()} long. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, position);
    }

    /**
     * Grows the buffer, if needed, so that it holds at least {@code minCapacityBytes} bytes in total.
     * Written bytes are kept.
     *
     * @param minCapacityBytes total capacity wanted, in {@code [0, MAX_CAPACITY_BYTES]}
     * @throws IllegalArgumentException when {@code minCapacityBytes} is out of range
     */
    public void ensureCapacity(int minCapacityBytes) {
        if (minCapacityBytes <= buffer.length) {
            if (minCapacityBytes < 0) {
                throw new IllegalArgumentException("minCapacityBytes must be in [0, " + MAX_CAPACITY_BYTES
                        + "] but was " + minCapacityBytes);
            }
            return;
        }
        if (minCapacityBytes > MAX_CAPACITY_BYTES) {
            throw new IllegalArgumentException("minCapacityBytes must be in [0, " + MAX_CAPACITY_BYTES
                    + "] but was " + minCapacityBytes);
        }
        long doubled = Math.max(2L * buffer.length, DEFAULT_INITIAL_CAPACITY_BYTES);
        int newCapacity = (int) Math.min(Math.max(doubled, minCapacityBytes), MAX_CAPACITY_BYTES);
        buffer = Arrays.copyOf(buffer, newCapacity);
    }

    /** Makes room for {@code bytes} more bytes after the current position. */
    void requireFree(int bytes) throws IOException {
        if (bytes > buffer.length - position) {
            grow(bytes);
        }
    }

    private void grow(int bytes) throws IOException {
        long needed = (long) position + bytes;
        if (bytes < 0 || needed > MAX_CAPACITY_BYTES) {
            throw new IOException("Cannot write " + bytes + " bytes after " + position
                    + " bytes: the buffer is limited to " + MAX_CAPACITY_BYTES + " bytes");
        }
        ensureCapacity((int) needed);
    }

    /** Moves the write position after bytes that were put into {@link #getBuffer()} directly. */
    void setPositionUnchecked(int newPosition) {
        position = newPosition;
    }

    @Override
    public void write(int b) throws IOException {
        requireFree(1);
        buffer[position++] = (byte) b;
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        requireFree(len);
        System.arraycopy(b, off, buffer, position, len);
        position += len;
    }

    @Override
    public void writeBoolean(boolean v) throws IOException {
        requireFree(1);
        buffer[position++] = (byte) (v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) throws IOException {
        requireFree(1);
        buffer[position++] = (byte) v;
    }

    @Override
    public void writeShort(int v) throws IOException {
        requireFree(Short.BYTES);
        SHORT.set(buffer, position, (short) v);
        position += Short.BYTES;
    }

    @Override
    public void writeChar(int v) throws IOException {
        requireFree(Character.BYTES);
        CHAR.set(buffer, position, (char) v);
        position += Character.BYTES;
    }

    @Override
    public void writeInt(int v) throws IOException {
        requireFree(Integer.BYTES);
        INT.set(buffer, position, v);
        position += Integer.BYTES;
    }

    @Override
    public void writeLong(long v) throws IOException {
        requireFree(Long.BYTES);
        LONG.set(buffer, position, v);
        position += Long.BYTES;
    }

    /** Writes {@link Float#floatToIntBits}{@code (v)}, so all NaNs give the same bytes. */
    @Override
    public void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    /** Writes {@link Double#doubleToLongBits}{@code (v)}, so all NaNs give the same bytes. */
    @Override
    public void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    /** Writes the low byte of each char of {@code s}, as {@link java.io.DataOutput#writeBytes} specifies. */
    @Override
    public void writeBytes(String s) throws IOException {
        int len = s.length();
        requireFree(len);
        byte[] b = buffer;
        int p = position;
        for (int i = 0; i < len; i++) {
            b[p + i] = (byte) s.charAt(i);
        }
        position = p + len;
    }

    @Override
    public void writeChars(String s) throws IOException {
        int len = s.length();
        requireFree(len * Character.BYTES);
        byte[] b = buffer;
        int p = position;
        for (int i = 0; i < len; i++) {
            CHAR.set(b, p, s.charAt(i));
            p += Character.BYTES;
        }
        position = p;
    }

    /**
     * Writes {@code s} in modified UTF-8 after a 2-byte length, as {@link java.io.DataOutput#writeUTF}
     * specifies. Prefer {@link StringSerializer} for values: it has no length limit and writes standard UTF-8.
     *
     * @throws UTFDataFormatException when the encoding is longer than 65535 bytes; nothing is written then
     */
    @Override
    public void writeUTF(String s) throws IOException {
        int len = s.length();
        int utfLength = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                utfLength++;
            } else if (c > 0x07FF) {
                utfLength += 3;
            } else {
                utfLength += 2;
            }
            if (utfLength > MAX_UTF_LENGTH_BYTES) {
                throw new UTFDataFormatException("writeUTF cannot encode a string of " + len
                        + " chars: its encoding exceeds " + MAX_UTF_LENGTH_BYTES + " bytes");
            }
        }
        requireFree(Short.BYTES + utfLength);
        byte[] b = buffer;
        int p = position;
        SHORT.set(b, p, (short) utfLength);
        p += Short.BYTES;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                b[p++] = (byte) c;
            } else if (c > 0x07FF) {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        position = p;
    }

    /**
     * Writes {@code value} as unsigned LEB128: 7 bits per byte, least significant group first, the high bit
     * set on every byte but the last. Values in {@code [0, 127]} take 1 byte; negative values take 5.
     */
    @Override
    public void writeVarInt(int value) throws IOException {
        if ((value & ~0x7F) == 0) {
            requireFree(1);
            buffer[position++] = (byte) value;
            return;
        }
        requireFree(MAX_VARINT_BYTES);
        byte[] b = buffer;
        int p = position;
        int v = value;
        do {
            b[p++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        } while ((v & ~0x7F) != 0);
        b[p++] = (byte) v;
        position = p;
    }

    @Override
    public String toString() {
        return "DataOutputSerializer{length=" + position + ", capacity=" + buffer.length + '}';
    }
}
