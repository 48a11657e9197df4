package io.ebbflow.runtime.streamrecord;

/**
 * A record with its event timestamp, as it flows through an operator chain.
 *
 * <p>Mutable and reused: a task hands operators one instance per input, and an operator emits by
 * {@link #replace replacing} the value of the instance it received, so no object is allocated per record
 * on the way through a chain. Operators must not keep a reference after the call returns.
 *
 * @param <T> the value type
 */
public final class StreamRecord<T> {

    /** The timestamp of a record that has none. */
    public static final long NO_TIMESTAMP = Long.MIN_VALUE;

    private T value;
    private long timestamp;

    public StreamRecord(T value) {
        this(value, NO_TIMESTAMP);
    }

    public StreamRecord(T value, long timestamp) {
        this.value = value;
        this.timestamp = timestamp;
    }

    public T getValue() {
        return value;
    }

    /** The event timestamp in ms; meaningful only when {@link #hasTimestamp()}. */
    public long getTimestamp() {
        return timestamp;
    }

    public boolean hasTimestamp() {
        return timestamp != NO_TIMESTAMP;
    }

    /** Replaces the value, keeping the timestamp, and returns this instance retyped. */
    @SuppressWarnings("unchecked")
    public <X> StreamRecord<X> replace(X newValue) {
        this.value = (T) newValue;
        return (StreamRecord<X>) this;
    }

    /** Replaces value and timestamp and returns this instance retyped. */
    @SuppressWarnings("unchecked")
    public <X> StreamRecord<X> replace(X newValue, long newTimestamp) {
        this.value = (T) newValue;
        this.timestamp = newTimestamp;
        return (StreamRecord<X>) this;
    }

    public void setTimestamp(long timestamp) {
        this.timestamp = timestamp;
    }

    public void eraseTimestamp() {
        this.timestamp = NO_TIMESTAMP;
    }

    /** Returns a new instance with the same value and timestamp (for outputs that fan out). */
    public StreamRecord<T> copy() {
        return new StreamRecord<>(value, timestamp);
    }

    @Override
    public String toString() {
        return "Record(" + value + (hasTimestamp() ? " @ " + timestamp : "") + ")";
    }
}
