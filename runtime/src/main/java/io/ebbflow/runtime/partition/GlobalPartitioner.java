package io.ebbflow.runtime.partition;

/** Sends every record to subtask 0. */
public final class GlobalPartitioner implements StreamPartitioner {
    public static final GlobalPartitioner INSTANCE = new GlobalPartitioner();

    @Override
    public int selectChannel(Object value, int numberOfChannels) {
        return 0;
    }

    @Override
    public String toString() {
        return "GLOBAL";
    }
}
