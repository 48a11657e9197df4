package io.ebbflow.runtime.partition;

import io.ebbflow.api.functions.KeySelector;
import io.ebbflow.runtime.keygroup.KeyGroupRangeAssignment;

/**
 * The keyed exchange: key, then key group ({@code murmur(hashCode) % maxParallelism}), then the subtask
 * owning that key group — Flink's scheme, so state can be rescaled by whole key groups.
 */
public final class KeyGroupStreamPartitioner implements StreamPartitioner {

    private final KeySelector<Object, ?> keySelector;
    private final int maxParallelism;

    @SuppressWarnings("unchecked")
    public KeyGroupStreamPartitioner(KeySelector<?, ?> keySelector, int maxParallelism) {
        this.keySelector = (KeySelector<Object, ?>) keySelector;
        this.maxParallelism = maxParallelism;
    }

    @Override
    public int selectChannel(Object value, int numberOfChannels) throws Exception {
        Object key = keySelector.getKey(value);
        int keyGroup = KeyGroupRangeAssignment.assignToKeyGroup(key, maxParallelism);
        return KeyGroupRangeAssignment.computeOperatorIndexForKeyGroup(maxParallelism, numberOfChannels, keyGroup);
    }

    public KeySelector<Object, ?> keySelector() {
        return keySelector;
    }

    @Override
    public String toString() {
        return "HASH";
    }
}
