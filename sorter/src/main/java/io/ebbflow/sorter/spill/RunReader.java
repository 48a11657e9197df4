package io.ebbflow.sorter.spill;

import static io.ebbflow.sorter.record.RecordFormat.HEADER_BYTES;

import io.ebbflow.sorter.SpillException;
import io.ebbflow.sorter.memory.MemoryPool;
import io.ebbflow.sorter.record.RecordCursor;
import io.ebbflow.sorter.record.RecordFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Reads a spilled run back through one page-sized buffer from the {@link MemoryPool}; a record is
 * never larger than a page, so it is always contiguous in the buffer. The page goes back to the
 * pool on {@link #close()}.
 *
 * <p>Not thread-safe. Truncated or unreadable files raise {@link SpillException}.
 */
public final class RunReader implements RecordCursor {

    private final SpilledRun run;
    private final MemoryPool pool;
    private final FileChannel channel;
    private byte[] buffer;
    private final ByteBuffer byteBuffer;
    private final String purpose;
    private int position;
    private int limit;
    private int next;
    private boolean endOfFile;
    private long recordsRead;
    private long prefix;
    private int keyOffset;
    private int keyLength;
    private int valueLength;

    /**
     * @param run     the run to read
     * @param pool    lends the read buffer
     * @param purpose what the run is read for, for error messages
     * @throws IllegalStateException if the pool has no page left
     */
    public RunReader(SpilledRun run, MemoryPool pool, String purpose) {
        this.run = run;
        this.pool = pool;
        this.purpose = purpose;
        byte[] page = pool.tryAllocatePage();
        if (page == null) {
            throw new IllegalStateException("no page left in the memory budget for reading " + run.file());
        }
        try {
            this.channel = FileChannel.open(run.file(), StandardOpenOption.READ);
        } catch (IOException e) {
            pool.releasePage(page);
            throw new SpillException("Cannot open spill file " + run.file() + " for reading while " + purpose + ": " + e, e);
        }
        this.buffer = page;
        this.byteBuffer = ByteBuffer.wrap(page);
    }

    @Override
    public boolean advance() {
        int at = next;
        if (limit - at < HEADER_BYTES) {
            if (!fill(HEADER_BYTES)) {
                if (buffer != null && recordsRead != run.records()) {
                    throw corrupt("file ends after " + recordsRead + " of " + run.records() + " records");
                }
                return false;
            }
            at = next;
        }
        byte[] b = buffer;
        int kl = RecordFormat.getInt(b, at);
        int vl = RecordFormat.getInt(b, at + 4);
        int length = HEADER_BYTES + kl + vl;
        if (kl < 0 || vl < 0 || length > b.length || length < 0) {
            throw corrupt("bad record header (key length " + kl + ", value length " + vl + ")");
        }
        if (limit - at < length) {
            if (!fill(length)) {
                throw corrupt("truncated record");
            }
            at = next;
            b = buffer;
        }
        position = at;
        keyOffset = at + HEADER_BYTES;
        keyLength = kl;
        valueLength = vl;
        prefix = RecordFormat.prefix(b, keyOffset, kl);
        next = at + length;
        recordsRead++;
        return true;
    }

    /** Compacts and reads until {@code bytes} are buffered from {@code next}; false on clean end of file. */
    private boolean fill(int bytes) {
        if (buffer == null) {
            return false;
        }
        int remaining = limit - next;
        System.arraycopy(buffer, next, buffer, 0, remaining);
        limit = remaining;
        next = 0;
        position = 0;
        try {
            while (limit < bytes && !endOfFile) {
                byteBuffer.clear().position(limit);
                int read = channel.read(byteBuffer);
                if (read < 0) {
                    endOfFile = true;
                } else {
                    limit += read;
                }
            }
        } catch (IOException e) {
            throw new SpillException("Failed to read spill file " + run.file() + " while " + purpose + ": " + e, e);
        }
        if (limit >= bytes) {
            return true;
        }
        if (limit == 0) {
            return false;
        }
        throw corrupt("file ends inside a record");
    }

    private SpillException corrupt(String what) {
        return new SpillException("Spill file " + run.file() + " is corrupt while " + purpose + ": " + what);
    }

    @Override
    public long keyPrefix() {
        return prefix;
    }

    @Override
    public byte[] keyBuffer() {
        return buffer;
    }

    @Override
    public int keyOffset() {
        return keyOffset;
    }

    @Override
    public int keyLength() {
        return keyLength;
    }

    @Override
    public byte[] valueBuffer() {
        return buffer;
    }

    @Override
    public int valueOffset() {
        return keyOffset + keyLength;
    }

    @Override
    public int valueLength() {
        return valueLength;
    }

    @Override
    public boolean stableKeys() {
        return false;
    }

    public SpilledRun run() {
        return run;
    }

    @Override
    public void close() {
        if (buffer == null) {
            return;
        }
        pool.releasePage(buffer);
        buffer = null;
        limit = 0;
        next = 0;
        try {
            channel.close();
        } catch (IOException e) {
            throw new SpillException("Failed to close spill file " + run.file() + ": " + e, e);
        }
    }
}
