package io.ebbflow.api.state;

/** One value per key. */
public interface ValueState<T> extends State {
    /** Returns the current key's value, or null when it has none. */
    T value();

    /** Sets the current key's value; null clears it. */
    void update(T value);
}
