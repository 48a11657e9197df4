package io.ebbflow.runtime.operators;

import io.ebbflow.api.functions.Counter;

/**
 * A counter updated by one task thread with plain stores; read by the job after the thread ended (or, racily,
 * by monitoring).
 */
public final class SimpleCounter implements Counter {
    private long count;

    @Override
    public void inc() {
        count++;
    }

    @Override
    public void inc(long n) {
        count += n;
    }

    @Override
    public long getCount() {
        return count;
    }
}
