package io.ebbflow.runtime.partition;

import java.util.concurrent.ThreadLocalRandom;

/** Sends records round-robin, starting at a random channel so that producers do not all hit channel 0 first. */
public final class RebalancePartitioner implements StreamPartitioner {
    private int next = -1;

    @Override
    public int selectChannel(Object value, int numberOfChannels) {
        int n = next + 1;
        if (n >= numberOfChannels || next < 0) {
            n = next < 0 ? ThreadLocalRandom.current().nextInt(numberOfChannels) : 0;
        }
        next = n;
        return n;
    }

    @Override
    public StreamPartitioner copy() {
        return new RebalancePartitioner();
    }

    @Override
    public String toString() {
        return "REBALANCE";
    }
}
