package io.ebbflow.api.functions;

import io.ebbflow.api.state.AggregatingState;
import io.ebbflow.api.state.AggregatingStateDescriptor;
import io.ebbflow.api.state.ListState;
import io.ebbflow.api.state.ListStateDescriptor;
import io.ebbflow.api.state.MapState;
import io.ebbflow.api.state.MapStateDescriptor;
import io.ebbflow.api.state.ReducingState;
import io.ebbflow.api.state.ReducingStateDescriptor;
import io.ebbflow.api.state.ValueState;
import io.ebbflow.api.state.ValueStateDescriptor;

/**
 * What a rich function knows about its subtask, and its keyed state.
 *
 * <p>Used only from the subtask's thread. The state getters work on keyed streams only (after
 * {@code keyBy}); elsewhere they throw {@link UnsupportedOperationException}. State handles are scoped to
 * the key of the record being processed, so they can be obtained once in {@code open} and kept.
 */
public interface RuntimeContext {

    /** The name of the operator chain's task, e.g. {@code "Keyed Reduce -> Sink"}. */
    String getTaskName();

    /** This subtask's index, in {@code [0, getNumberOfParallelSubtasks())}. */
    int getIndexOfThisSubtask();

    int getNumberOfParallelSubtasks();

    /** The number of key groups: the upper bound for rescaling keyed state. */
    int getMaxNumberOfParallelSubtasks();

    /** The class loader of the job's code (the job jar's when run by a task manager). */
    ClassLoader getUserCodeClassLoader();

    /**
     * Returns a counter summed over all subtasks and reported in the job's result under {@code name}.
     * The same name gives the same counter within a subtask.
     */
    Counter getCounter(String name);

    <T> ValueState<T> getState(ValueStateDescriptor<T> descriptor);

    <T> ListState<T> getListState(ListStateDescriptor<T> descriptor);

    <K, V> MapState<K, V> getMapState(MapStateDescriptor<K, V> descriptor);

    <T> ReducingState<T> getReducingState(ReducingStateDescriptor<T> descriptor);

    <IN, ACC, OUT> AggregatingState<IN, OUT> getAggregatingState(AggregatingStateDescriptor<IN, ACC, OUT> descriptor);
}
