package io.ebbflow.runtime.operators;

import io.ebbflow.api.functions.Counter;
import io.ebbflow.api.functions.RuntimeContext;
import io.ebbflow.api.state.AggregatingState;
import io.ebbflow.api.state.AggregatingStateDescriptor;
import io.ebbflow.api.state.ListState;
import io.ebbflow.api.state.ListStateDescriptor;
import io.ebbflow.api.state.MapState;
import io.ebbflow.api.state.MapStateDescriptor;
import io.ebbflow.api.state.ReducingState;
import io.ebbflow.api.state.ReducingStateDescriptor;
import io.ebbflow.api.state.State;
import io.ebbflow.api.state.StateDescriptor;
import io.ebbflow.api.state.ValueState;
import io.ebbflow.api.state.ValueStateDescriptor;

/**
 * The {@link RuntimeContext} of the rich functions of one operator in one subtask: subtask facts, counters and
 * keyed state, all read through the operator's {@link OperatorContext}. Task thread only.
 */
public final class StreamingRuntimeContext implements RuntimeContext {

    private final OperatorContext<?> operator;

    public StreamingRuntimeContext(OperatorContext<?> operator) {
        this.operator = operator;
    }

    @Override
    public String getTaskName() {
        return operator.taskInfo().taskName();
    }

    @Override
    public int getIndexOfThisSubtask() {
        return operator.taskInfo().subtaskIndex();
    }

    @Override
    public int getNumberOfParallelSubtasks() {
        return operator.taskInfo().parallelism();
    }

    @Override
    public int getMaxNumberOfParallelSubtasks() {
        return operator.taskInfo().maxParallelism();
    }

    @Override
    public ClassLoader getUserCodeClassLoader() {
        return operator.userCodeClassLoader();
    }

    @Override
    public Counter getCounter(String name) {
        return operator.counter(name);
    }

    private <S extends State> S keyed(StateDescriptor<S, ?> descriptor) {
        if (!operator.isKeyed()) {
            throw new UnsupportedOperationException("Keyed state '" + descriptor.getName() + "' can only be used on a keyed "
                    + "stream, i.e. after keyBy(); operator '" + operator.operatorName() + "' is not keyed");
        }
        return operator.keyedStateBackend().getOrCreateKeyedState(descriptor);
    }

    @Override
    public <T> ValueState<T> getState(ValueStateDescriptor<T> descriptor) {
        return keyed(descriptor);
    }

    @Override
    public <T> ListState<T> getListState(ListStateDescriptor<T> descriptor) {
        return keyed(descriptor);
    }

    @Override
    public <K, V> MapState<K, V> getMapState(MapStateDescriptor<K, V> descriptor) {
        return keyed(descriptor);
    }

    @Override
    public <T> ReducingState<T> getReducingState(ReducingStateDescriptor<T> descriptor) {
        return keyed(descriptor);
    }

    @Override
    public <IN, ACC, OUT> AggregatingState<IN, OUT> getAggregatingState(AggregatingStateDescriptor<IN, ACC, OUT> descriptor) {
        return keyed(descriptor);
    }
}
