package io.ebbflow.runtime.tasks;

import io.ebbflow.api.functions.Counter;

/** A counter updated by one task thread; read by the job at the end (after the thread was joined). */
final class SimpleCounter implements Counter {
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
