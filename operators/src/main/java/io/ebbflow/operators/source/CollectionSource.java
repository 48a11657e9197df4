package io.ebbflow.operators.source;

import io.ebbflow.api.connector.source.Boundedness;
import io.ebbflow.api.connector.source.Source;
import io.ebbflow.api.connector.source.SourceReader;
import io.ebbflow.api.connector.source.SourceReaderContext;
import io.ebbflow.api.connector.source.SourceSplit;
import java.util.List;

/**
 * {@code fromElements} / {@code fromCollection}: the elements in order, as one split (the source runs with
 * parallelism 1, as in Flink).
 */
public final class CollectionSource<T> implements Source<T, CollectionSource.Split<T>> {
    private static final long serialVersionUID = 1L;

    private final List<T> elements;

    public CollectionSource(List<T> elements) {
        this.elements = List.copyOf(elements);
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public List<Split<T>> createSplits(int parallelism) {
        return List.of(new Split<>(elements, 0));
    }

    @Override
    public SourceReader<T, Split<T>> createReader(SourceReaderContext context) {
        return new IteratorSourceReader<>(new IteratorSourceReader.SplitReader<>() {
            @Override
            public java.util.Iterator<T> open(Split<T> split) {
                return split.elements.subList(split.position, split.elements.size()).iterator();
            }

            @Override
            public Split<T> advance(Split<T> split, long emitted) {
                return new Split<>(split.elements, split.position + (int) emitted);
            }
        }, context);
    }

    /**
     * The elements and the index of the next one to emit.
     *
     * @param elements all elements
     * @param position index of the next element
     */
    public record Split<T>(List<T> elements, int position) implements SourceSplit {
        @Override
        public String splitId() {
            return "collection";
        }
    }
}
