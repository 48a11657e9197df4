package io.ebbflow.runtime.partition;

/** Sends every record to every subtask. */
public final class BroadcastPartitioner implements StreamPartitioner {
    public static final BroadcastPartitioner INSTANCE = new BroadcastPartitioner();

    @Override
    public int selectChannel(Object value, int numberOfChannels) {
        return -1;
    }

    @Override
    public boolean isBroadcast() {
        return true;
    }

    @Override
    public String toString() {
        return "BROADCAST";
    }
}
