package io.ebbflow.runtime.network;

/**
 * The channels of one logical input of a subtask, one per upstream subtask. Polled round-robin so that no
 * upstream subtask starves the others. Consumer (task) thread only.
 */
public final class InputGate {

    private final BatchChannel[] channels;
    private int next;

    public InputGate(BatchChannel[] channels) {
        if (channels.length == 0) {
            throw new IllegalArgumentException("an input gate needs at least one channel");
        }
        this.channels = channels;
    }

    /** Returns the next queued batch of any channel, or null when none is queued. */
    public ElementBatch poll() {
        int n = channels.length;
        int start = next;
        for (int k = 0; k < n; k++) {
            int i = start + k;
            if (i >= n) {
                i -= n;
            }
            ElementBatch b = channels[i].poll();
            if (b != null) {
                next = i + 1 == n ? 0 : i + 1;
                return b;
            }
        }
        return null;
    }

    /** True when some channel has a queued batch. */
    public boolean hasQueued() {
        for (BatchChannel c : channels) {
            if (c.hasQueued()) {
                return true;
            }
        }
        return false;
    }

    /** Returns a processed batch to the channel it came from. */
    public void recycle(ElementBatch batch) {
        channels[batch.channelIndex].recycle(batch);
    }

    public int numberOfChannels() {
        return channels.length;
    }

    public BatchChannel channel(int index) {
        return channels[index];
    }
}
