package io.ebbflow.runtime.tasks;

/**
 * Counters of one operator in one subtask. Written by the task thread with plain stores (no atomics on the
 * record path); read by monitoring threads, which may see slightly stale values.
 */
public final class OperatorMetrics {
    long recordsIn;
    long recordsOut;

    public long recordsIn() {
        return recordsIn;
    }

    public long recordsOut() {
        return recordsOut;
    }
}
