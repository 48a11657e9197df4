package io.ebbflow.operators.window;

import io.ebbflow.api.state.MapState;
import io.ebbflow.api.windowing.assigners.MergingWindowAssigner;
import io.ebbflow.api.windowing.windows.Window;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-flight merging windows of one key, with the window that holds each one's state (after Flink's
 * {@code MergingWindowSet}).
 *
 * <p>Why a state window: when windows merge, their contents are merged into the state of one of them, and
 * that window's namespace keeps serving the merged window. Renaming the namespace on every merge would move
 * all the contents each time; the mapping makes a merge cost only the merged-away parts.
 *
 * <p>Loaded from keyed {@link MapState} (window to state window) for the current key, changed in memory,
 * and written back by {@link #persist()} only when it changed. Task thread only; one instance per record or
 * timer.
 */
final class MergingWindowSet<W extends Window> {

    /** Called when windows merge, before the merge is visible in the mapping's state. */
    @FunctionalInterface
    interface MergeFunction<W> {
        /**
         * @param mergeResult the new window
         * @param mergedWindows the windows merged into it (not including a brand-new window)
         * @param stateWindowResult the window whose state namespace now holds the merge result's contents
         * @param mergedStateWindows the state namespaces to merge into {@code stateWindowResult}
         */
        void merge(W mergeResult, Collection<W> mergedWindows, W stateWindowResult, Collection<W> mergedStateWindows)
                throws Exception;
    }

    private final MergingWindowAssigner<?, W> assigner;
    private final MapState<W, W> state;
    private final Map<W, W> mapping = new HashMap<>();
    private final Map<W, W> initialMapping;

    MergingWindowSet(MergingWindowAssigner<?, W> assigner, MapState<W, W> state) {
        this.assigner = assigner;
        this.state = state;
        for (Map.Entry<W, W> e : state.entries()) {
            mapping.put(e.getKey(), e.getValue());
        }
        this.initialMapping = new HashMap<>(mapping);
    }

    /** Writes the mapping back to state when it changed since loading. */
    void persist() {
        if (!mapping.equals(initialMapping)) {
            state.clear();
            state.putAll(mapping);
            initialMapping.clear();
            initialMapping.putAll(mapping);
        }
    }

    /** The window whose namespace holds {@code window}'s contents, or null when it is not in flight. */
    W getStateWindow(W window) {
        return mapping.get(window);
    }

    /**
     * Removes a window that was purged for good (cleanup time, or late on arrival).
     *
     * @throws IllegalStateException when the window is not in flight
     */
    void retireWindow(W window) {
        if (mapping.remove(window) == null) {
            throw new IllegalStateException("Window " + window + " is not in the in-flight window set " + mapping.keySet());
        }
    }

    /**
     * Adds {@code newWindow}, merges it with in-flight windows as the assigner says, and returns the window
     * it ended up in (itself or a merge result). Calls {@code mergeFunction} for every merge that involves
     * existing state.
     */
    W addWindow(W newWindow, MergeFunction<W> mergeFunction) throws Exception {
        List<W> windows = new ArrayList<>(mapping.keySet());
        windows.add(newWindow);
        Map<W, Collection<W>> mergeResults = new HashMap<>();
        assigner.mergeWindows(windows, (toBeMerged, mergeResult) -> mergeResults.put(mergeResult, new ArrayList<>(toBeMerged)));

        W resultWindow = newWindow;
        boolean mergedNewWindow = false;
        for (Map.Entry<W, Collection<W>> merge : mergeResults.entrySet()) {
            W mergeResult = merge.getKey();
            Collection<W> mergedWindows = merge.getValue();
            if (mergedWindows.remove(newWindow)) {
                mergedNewWindow = true;
                resultWindow = mergeResult;
            }
            // Any merged window's state window serves the merge result; the others' state merges into it.
            W stateWindowResult = mapping.get(mergedWindows.iterator().next());
            List<W> mergedStateWindows = new ArrayList<>(mergedWindows.size());
            for (W mergedWindow : mergedWindows) {
                W stateWindow = mapping.remove(mergedWindow);
                if (stateWindow != null) {
                    mergedStateWindows.add(stateWindow);
                }
            }
            mapping.put(mergeResult, stateWindowResult);
            mergedStateWindows.remove(stateWindowResult);
            // A lone existing window "merged" with the new window into itself: nothing to merge.
            if (!(mergedWindows.contains(mergeResult) && mergedWindows.size() == 1)) {
                mergeFunction.merge(mergeResult, mergedWindows, stateWindowResult, mergedStateWindows);
            }
        }
        if (mergeResults.isEmpty() || (resultWindow.equals(newWindow) && !mergedNewWindow)) {
            mapping.put(resultWindow, resultWindow);
        }
        return resultWindow;
    }

    @Override
    public String toString() {
        return "MergingWindowSet" + mapping;
    }
}
