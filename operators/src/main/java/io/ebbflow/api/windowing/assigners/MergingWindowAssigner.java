package io.ebbflow.api.windowing.assigners;

import io.ebbflow.api.windowing.windows.Window;
import java.util.Collection;

/**
 * An assigner whose windows grow by merging (session windows): after each record the operator asks it which
 * of the key's windows now overlap, and merges their state and triggers.
 */
public abstract class MergingWindowAssigner<T, W extends Window> extends WindowAssigner<T, W> {

    private static final long serialVersionUID = 1L;

    /**
     * Reports, through {@code callback}, each group of {@code windows} that must become one window.
     * Windows not in any group stay as they are.
     */
    public abstract void mergeWindows(Collection<W> windows, MergeCallback<W> callback);

    /** Receives one merge: {@code toBeMerged} (two or more windows) become {@code mergeResult}. */
    @FunctionalInterface
    public interface MergeCallback<W> {
        void merge(Collection<W> toBeMerged, W mergeResult);
    }
}
