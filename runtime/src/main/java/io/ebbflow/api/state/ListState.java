package io.ebbflow.api.state;

import java.util.List;

/** A list of values per key, in insertion order. */
public interface ListState<T> extends AppendingState<T, Iterable<T>> {
    /** Appends all values. */
    void addAll(List<T> values);

    /** Replaces the current key's list; an empty list clears it. */
    void update(List<T> values);
}
