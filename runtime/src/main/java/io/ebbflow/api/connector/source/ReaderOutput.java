package io.ebbflow.api.connector.source;

/**
 * The output a reader gets in {@link SourceReader#pollNext}. Readers of several splits (Kafka partitions)
 * emit through a per-split output so that each split has its own watermark generator; the reader's
 * watermark is the minimum over its active splits.
 */
public interface ReaderOutput<T> extends SourceOutput<T> {
    /** Returns the output of split {@code splitId}, creating it (and its watermark generator) on first use. */
    SourceOutput<T> createOutputForSplit(String splitId);

    /** Forgets a finished split's output, so it no longer holds back the watermark. */
    void releaseOutputForSplit(String splitId);
}
