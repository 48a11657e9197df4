package io.ebbflow.api.connector.source;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the records of the splits assigned to one subtask.
 *
 * <p>Threading: every method is called by the subtask's task thread; there is no thread per reader. The
 * task's mailbox loop calls {@link #pollNext} repeatedly; a call must not block, and should emit a small
 * bounded number of records (one is fine). Lifecycle: {@code start}, {@code addSplits} (any number of
 * times), {@code notifyNoMoreSplits}, {@code pollNext}... until {@link InputStatus#END_OF_INPUT}, then
 * {@code close}. {@code snapshotState} is called between polls.
 *
 * @param <T> the records
 * @param <SplitT> the split type
 */
public interface SourceReader<T, SplitT extends SourceSplit> extends AutoCloseable {

    /** Starts the reader (opens connections); called once before the first poll. */
    void start() throws Exception;

    /**
     * Emits available records to {@code output}.
     *
     * @return whether more records are ready, none are ready now, or the input has ended
     * @throws Exception on a read error; it fails the job, which restarts from its last checkpoint
     */
    InputStatus pollNext(ReaderOutput<T> output) throws Exception;

    /** Completes when {@link #pollNext} may have records again after it returned NOTHING_AVAILABLE. */
    CompletableFuture<Void> isAvailable();

    /** Hands this reader splits to read: at start, and on restore the splits of its last snapshot. */
    void addSplits(List<SplitT> splits);

    /** Tells the reader that it will get no more splits: once its splits are read it may end. */
    void notifyNoMoreSplits();

    /** Returns its splits with their current positions, for a checkpoint. */
    List<SplitT> snapshotState(long checkpointId);

    /** Called when the checkpoint is complete (for example, to commit offsets back for monitoring). */
    default void notifyCheckpointComplete(long checkpointId) throws Exception {}
}
