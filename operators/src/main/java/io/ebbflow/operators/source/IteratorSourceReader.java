package io.ebbflow.operators.source;

import io.ebbflow.api.connector.source.InputStatus;
import io.ebbflow.api.connector.source.ReaderOutput;
import io.ebbflow.api.connector.source.SourceReader;
import io.ebbflow.api.connector.source.SourceReaderContext;
import io.ebbflow.api.connector.source.SourceSplit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A reader of bounded splits that each open as an iterator: emits one record per poll, split after split.
 * A bounded source is a backlog from start to end (FLIP-309): the reader reports it through its context.
 *
 * @param <T> records
 * @param <S> splits, which know how to skip what was already read
 */
public final class IteratorSourceReader<T, S extends SourceSplit> implements SourceReader<T, S> {

    /** Opens a split (from its recorded position) and records a position into a split snapshot. */
    public interface SplitReader<T, S> {
        Iterator<T> open(S split) throws Exception;

        /** Returns {@code split} advanced by {@code emitted} records from where it was opened. */
        S advance(S split, long emitted);
    }

    private final SplitReader<T, S> splitReader;
    private final SourceReaderContext context;
    private final ArrayDeque<S> pending = new ArrayDeque<>();
    private S current;
    private Iterator<T> iterator;
    private long emittedInCurrent;
    private boolean noMoreSplits;

    public IteratorSourceReader(SplitReader<T, S> splitReader, SourceReaderContext context) {
        this.splitReader = splitReader;
        this.context = context;
    }

    @Override
    public void start() {
        context.setProcessingBacklog(true);
    }

    @Override
    public InputStatus pollNext(ReaderOutput<T> output) throws Exception {
        while (iterator == null || !iterator.hasNext()) {
            if (iterator != null) {
                AutoCloseable c = iterator instanceof AutoCloseable ac ? ac : null;
                iterator = null;
                current = null;
                if (c != null) {
                    c.close();
                }
            }
            S next = pending.poll();
            if (next == null) {
                return noMoreSplits ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
            }
            current = next;
            emittedInCurrent = 0;
            iterator = splitReader.open(next);
        }
        output.collect(iterator.next());
        emittedInCurrent++;
        return InputStatus.MORE_AVAILABLE;
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void addSplits(List<S> splits) {
        pending.addAll(splits);
    }

    @Override
    public void notifyNoMoreSplits() {
        noMoreSplits = true;
    }

    @Override
    public List<S> snapshotState(long checkpointId) {
        List<S> out = new ArrayList<>();
        if (current != null) {
            out.add(splitReader.advance(current, emittedInCurrent));
        }
        out.addAll(pending);
        return out;
    }

    @Override
    public void close() throws Exception {
        if (iterator instanceof AutoCloseable c) {
            c.close();
        }
    }
}
