package io.ebbflow.runtime.partition;

/**
 * Chooses which downstream subtask receives a record. A partitioner may keep per-producer state (the
 * rebalance counter), so each producing subtask uses its own {@link #copy()}.
 */
public interface StreamPartitioner {

    /**
     * Returns the channel, in {@code [0, numberOfChannels)}, for {@code value}.
     *
     * @throws Exception when the user's key selector throws
     */
    int selectChannel(Object value, int numberOfChannels) throws Exception;

    /** True when every record goes to every channel. */
    default boolean isBroadcast() {
        return false;
    }

    /** True when producer subtask {@code i} sends only to consumer subtask {@code i} (forward). */
    default boolean isPointwise() {
        return false;
    }

    /** Returns an instance for one producing subtask. */
    default StreamPartitioner copy() {
        return this;
    }
}
