package io.ebbflow.api.state;

/** State that values are added to, and read as a whole. */
public interface AppendingState<IN, OUT> extends State {
    /** Returns the current key's accumulated value, or null (for lists: an empty iterable) when empty. */
    OUT get();

    /** Adds {@code value} for the current key. */
    void add(IN value);
}
