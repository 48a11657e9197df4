package io.ebbflow.runtime.state;

/**
 * The runtime's view of a state handle: every handle a backend returns implements this, so that window
 * operators can scope it to a window (the namespace).
 *
 * @param <N> the namespace type
 */
public interface InternalKvState<N> {

    /** Scopes reads and writes of the handle to {@code namespace} (a window, or {@link VoidNamespace}). */
    void setCurrentNamespace(N namespace);
}
