package io.ebbflow.api.state;

/**
 * A handle to keyed state, scoped to the current key (and, in windows, the current window).
 *
 * <p>Handles are used only by their subtask's thread. Reads and writes go to the key the runtime set for
 * the record or timer being processed.
 */
public interface State {
    /** Removes the value for the current key. */
    void clear();
}
