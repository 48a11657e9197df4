package io.ebbflow.sorter;

/**
 * Writes one record straight into the sorter's memory, saving the caller a serialization buffer
 * and one copy: key bytes, then {@link RecordOutput#endKey()}, then value bytes.
 *
 * <p>Called on the caller's thread, synchronously, once per {@link ExternalSorter#add(KeyAndValueWriter)}.
 * If it throws, the partly written record is discarded and the exception propagates.
 */
@FunctionalInterface
public interface KeyAndValueWriter {

    void write(RecordOutput out);
}
