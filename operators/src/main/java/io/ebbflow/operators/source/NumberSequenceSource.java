package io.ebbflow.operators.source;

import io.ebbflow.api.connector.source.Boundedness;
import io.ebbflow.api.connector.source.Source;
import io.ebbflow.api.connector.source.SourceReader;
import io.ebbflow.api.connector.source.SourceReaderContext;
import io.ebbflow.api.connector.source.SourceSplit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code fromSequence(from, to)}: the longs {@code from..to} inclusive, split into one contiguous range per
 * subtask, each emitted in ascending order.
 */
public final class NumberSequenceSource implements Source<Long, NumberSequenceSource.Split> {
    private static final long serialVersionUID = 1L;

    private final long from;
    private final long to;

    /** @throws IllegalArgumentException when {@code from > to} */
    public NumberSequenceSource(long from, long to) {
        if (from > to) {
            throw new IllegalArgumentException("fromSequence needs from <= to, was from=" + from + " to=" + to);
        }
        this.from = from;
        this.to = to;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public List<Split> createSplits(int parallelism) {
        List<Split> splits = new ArrayList<>(parallelism);
        long total = to - from + 1;
        long start = from;
        for (int i = 0; i < parallelism; i++) {
            long size = total / parallelism + (i < total % parallelism ? 1 : 0);
            if (size > 0) {
                splits.add(new Split(i, start, start + size - 1));
                start += size;
            }
        }
        return splits;
    }

    @Override
    public SourceReader<Long, Split> createReader(SourceReaderContext context) {
        return new IteratorSourceReader<>(new IteratorSourceReader.SplitReader<>() {
            @Override
            public Iterator<Long> open(Split split) {
                return new Iterator<>() {
                    long next = split.from();

                    @Override
                    public boolean hasNext() {
                        return next <= split.to();
                    }

                    @Override
                    public Long next() {
                        if (next > split.to()) {
                            throw new NoSuchElementException();
                        }
                        return next++;
                    }
                };
            }

            @Override
            public Split advance(Split split, long emitted) {
                return new Split(split.index(), split.from() + emitted, split.to());
            }
        }, context);
    }

    /**
     * A range still to emit.
     *
     * @param from next number, inclusive
     * @param to last number, inclusive
     */
    public record Split(int index, long from, long to) implements SourceSplit {
        @Override
        public String splitId() {
            return "range-" + index;
        }
    }
}
