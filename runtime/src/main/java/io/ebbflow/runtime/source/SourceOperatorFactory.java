package io.ebbflow.runtime.source;

import io.ebbflow.api.connector.source.Source;
import io.ebbflow.api.connector.source.SourceSplit;
import io.ebbflow.api.eventtime.WatermarkStrategy;
import io.ebbflow.runtime.operators.OperatorFactory;
import io.ebbflow.runtime.operators.StreamOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the source operators of a job. {@link #prepareSplits} enumerates the source's splits once per
 * job run; subtask {@code i} of {@code p} then reads splits {@code i, i + p, i + 2p, ...}.
 */
public final class SourceOperatorFactory<T, SplitT extends SourceSplit> implements OperatorFactory<T> {

    private final Source<T, SplitT> source;
    private final WatermarkStrategy<T> watermarkStrategy;
    private volatile List<SplitT> splits;

    public SourceOperatorFactory(Source<T, SplitT> source, WatermarkStrategy<T> watermarkStrategy) {
        this.source = source;
        this.watermarkStrategy = watermarkStrategy;
    }

    /**
     * Enumerates the splits for a fresh start.
     *
     * @throws Exception when the source cannot enumerate its input
     */
    public void prepareSplits(int parallelism) throws Exception {
        splits = List.copyOf(source.createSplits(parallelism));
    }

    /** Uses the given splits (restored from a checkpoint) instead of enumerating. */
    public void useSplits(List<SplitT> restored) {
        splits = List.copyOf(restored);
    }

    public Source<T, SplitT> source() {
        return source;
    }

    @Override
    public StreamOperator<T> createOperator(int subtaskIndex, int parallelism) {
        List<SplitT> all = splits;
        if (all == null) {
            throw new IllegalStateException("prepareSplits() was not called before the source operators were created");
        }
        List<SplitT> mine = new ArrayList<>();
        for (int i = subtaskIndex; i < all.size(); i += parallelism) {
            mine.add(all.get(i));
        }
        return new SourceOperator<>(source, watermarkStrategy, mine);
    }
}
