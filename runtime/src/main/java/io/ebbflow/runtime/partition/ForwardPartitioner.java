package io.ebbflow.runtime.partition;

/** Sends subtask {@code i}'s records to subtask {@code i} of the next operator; such edges are chained. */
public final class ForwardPartitioner implements StreamPartitioner {
    public static final ForwardPartitioner INSTANCE = new ForwardPartitioner();

    @Override
    public int selectChannel(Object value, int numberOfChannels) {
        return 0;
    }

    @Override
    public boolean isPointwise() {
        return true;
    }

    @Override
    public String toString() {
        return "FORWARD";
    }
}
