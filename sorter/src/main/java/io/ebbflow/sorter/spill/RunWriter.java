package io.ebbflow.sorter.spill;

import static io.ebbflow.sorter.record.RecordFormat.HEADER_BYTES;

import io.ebbflow.sorter.SpillException;
import io.ebbflow.sorter.record.RecordFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes records, already in record format, to a spill file through one reused buffer.
 *
 * <p>Not thread-safe. I/O errors become {@link SpillException}s naming the file and the purpose.
 */
public final class RunWriter implements AutoCloseable {

    private final Path file;
    private final String purpose;
    private final FileChannel channel;
    private final byte[] buffer;
    private final ByteBuffer byteBuffer;
    private int position;
    private long records;
    private long bytes;
    private boolean closed;

    /**
     * @param file    an existing, empty spill file
     * @param buffer  the write buffer; must hold the largest record
     * @param purpose what is being written, for error messages
     */
    public RunWriter(Path file, byte[] buffer, String purpose) {
        this.file = file;
        this.purpose = purpose;
        this.buffer = buffer;
        this.byteBuffer = ByteBuffer.wrap(buffer);
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new SpillException("Cannot open spill file " + file + " for writing while " + purpose + ": " + e, e);
        }
    }

    /** Appends one record given in record format. */
    public void writeRecord(byte[] source, int offset, int length) {
        if (length > buffer.length - position) {
            flush();
        }
        System.arraycopy(source, offset, buffer, position, length);
        position += length;
        records++;
        bytes += length;
    }

    /** Appends one record given as key and value. */
    public void writeRecord(byte[] key, int keyOffset, int keyLength, byte[] value, int valueOffset, int valueLength) {
        int length = HEADER_BYTES + keyLength + valueLength;
        if (length > buffer.length - position) {
            flush();
        }
        byte[] b = buffer;
        int at = position;
        RecordFormat.putInt(b, at, keyLength);
        RecordFormat.putInt(b, at + 4, valueLength);
        System.arraycopy(key, keyOffset, b, at + HEADER_BYTES, keyLength);
        System.arraycopy(value, valueOffset, b, at + HEADER_BYTES + keyLength, valueLength);
        position = at + length;
        records++;
        bytes += length;
    }

    /** Flushes and closes the file; returns the run it holds. */
    public SpilledRun finish(int sequence) {
        flush();
        close();
        return new SpilledRun(file, sequence, records, bytes);
    }

    private void flush() {
        if (position == 0) {
            return;
        }
        try {
            byteBuffer.clear().limit(position);
            while (byteBuffer.hasRemaining()) {
                channel.write(byteBuffer);
            }
        } catch (IOException e) {
            throw new SpillException("Failed to write spill file " + file + " while " + purpose
                    + " (" + bytes + " bytes so far): " + e, e);
        }
        position = 0;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            throw new SpillException("Failed to close spill file " + file + " while " + purpose + ": " + e, e);
        }
    }

    public Path file() {
        return file;
    }
}
