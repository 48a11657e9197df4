package io.ebbflow.operators.simple;

import io.ebbflow.api.functions.Collector;
import io.ebbflow.runtime.operators.Output;
import io.ebbflow.runtime.streamrecord.StreamRecord;

/**
 * A {@link Collector} that emits values with a given timestamp through an operator output, reusing one
 * record wrapper (so a flatMap allocates nothing per emitted value).
 */
public final class TimestampedCollector<T> implements Collector<T> {

    private final Output<T> output;
    private final StreamRecord<T> reuse = new StreamRecord<>(null);

    public TimestampedCollector(Output<T> output) {
        this.output = output;
    }

    /** Sets the timestamp of the values collected next (StreamRecord.NO_TIMESTAMP for none). */
    public TimestampedCollector<T> withTimestamp(long timestamp) {
        reuse.setTimestamp(timestamp);
        return this;
    }

    @Override
    public void collect(T value) {
        output.collect(reuse.replace(value));
    }
}
