package io.ebbflow.runtime.state;

import java.util.Collection;

/**
 * Appending state (list, reducing, aggregating) whose values in several namespaces can be merged into one,
 * for merging (session) windows.
 *
 * @param <N> the namespace type
 */
public interface InternalMergingState<N> extends InternalKvState<N> {

    /**
     * For the current key, merges the values of {@code sources} into {@code target} and removes them from the
     * sources.
     *
     * @throws Exception when the user's reduce or merge function throws
     */
    void mergeNamespaces(N target, Collection<N> sources) throws Exception;
}
