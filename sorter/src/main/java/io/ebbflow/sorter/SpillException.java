package io.ebbflow.sorter;

/**
 * An I/O failure while the sorter spilled, merged or read back a run: the disk is full, a temp
 * directory is unusable, a spill file is unreadable or truncated. The message names the file (or
 * directory) and what the sorter was doing; the cause is the underlying {@link java.io.IOException}.
 *
 * <p>Unchecked: the caller cannot recover a half-written run. After it the sorter is failed; its
 * spill files are deleted at the latest on {@link ExternalSorter#close()}.
 */
public class SpillException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpillException(String message, Throwable cause) {
        super(message, cause);
    }

    public SpillException(String message) {
        super(message);
    }
}
