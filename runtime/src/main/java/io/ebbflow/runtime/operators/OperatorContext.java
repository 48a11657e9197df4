package io.ebbflow.runtime.operators;

import io.ebbflow.api.functions.Counter;
import io.ebbflow.api.functions.RuntimeContext;
import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.state.KeyedStateBackend;
import io.ebbflow.runtime.timers.InternalTimeServiceManager;
import io.ebbflow.runtime.timers.ProcessingTimeService;

/**
 * The collaborators an operator receives in {@link StreamOperator#open}. Valid until the operator closes;
 * used from the task thread only.
 *
 * @param <OUT> the operator's output type
 */
public interface OperatorContext<OUT> {

    Output<OUT> output();

    TaskInfo taskInfo();

    /** The operator's name as the user gave it, for messages and metrics. */
    String operatorName();

    Configuration configuration();

    ClassLoader userCodeClassLoader();

    ProcessingTimeService processingTimeService();

    /** True when the operator has a keyed input, so keyed state and timers are available. */
    boolean isKeyed();

    /**
     * The keyed state backend of a keyed operator.
     *
     * @throws UnsupportedOperationException when the operator is not keyed
     */
    <K> KeyedStateBackend<K> keyedStateBackend();

    /**
     * The timer services of a keyed operator.
     *
     * @throws UnsupportedOperationException when the operator is not keyed
     */
    <K> InternalTimeServiceManager<K> timeServiceManager();

    /** A counter summed over subtasks into the job result, as {@link RuntimeContext#getCounter}. */
    Counter counter(String name);

    /** The context handed to the rich functions of this operator. */
    RuntimeContext runtimeContext();
}
