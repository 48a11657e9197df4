package io.ebbflow.runtime.operators;

import io.ebbflow.api.functions.Counter;
import io.ebbflow.api.functions.RuntimeContext;
import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.state.KeyedStateBackend;
import io.ebbflow.runtime.timers.InternalTimeServiceManager;
import io.ebbflow.runtime.timers.ProcessingTimeService;
import java.util.Map;

/**
 * The {@link OperatorContext} of one operator in one subtask, as the task builds it, and as the operator test
 * harness builds it too, so operators under test see the same collaborators and the same errors.
 *
 * <p>Task thread only.
 */
public final class DefaultOperatorContext<OUT> implements OperatorContext<OUT> {

    private final Output<OUT> output;
    private final TaskInfo taskInfo;
    private final String operatorName;
    private final Configuration configuration;
    private final ClassLoader userCodeClassLoader;
    private final ProcessingTimeService processingTimeService;
    private final KeyedStateBackend<?> keyedStateBackend;
    private final InternalTimeServiceManager<?> timeServiceManager;
    private final Map<String, SimpleCounter> counters;
    private final RuntimeContext runtimeContext;

    /**
     * @param keyedStateBackend null for a non-keyed operator (then {@code timeServiceManager} is null too)
     * @param counters the subtask's counters by name, shared by its operators
     */
    public DefaultOperatorContext(Output<OUT> output, TaskInfo taskInfo, String operatorName, Configuration configuration,
            ClassLoader userCodeClassLoader, ProcessingTimeService processingTimeService,
            KeyedStateBackend<?> keyedStateBackend, InternalTimeServiceManager<?> timeServiceManager,
            Map<String, SimpleCounter> counters) {
        this.output = output;
        this.taskInfo = taskInfo;
        this.operatorName = operatorName;
        this.configuration = configuration;
        this.userCodeClassLoader = userCodeClassLoader;
        this.processingTimeService = processingTimeService;
        this.keyedStateBackend = keyedStateBackend;
        this.timeServiceManager = timeServiceManager;
        this.counters = counters;
        this.runtimeContext = new StreamingRuntimeContext(this);
    }

    @Override
    public Output<OUT> output() {
        return output;
    }

    @Override
    public TaskInfo taskInfo() {
        return taskInfo;
    }

    @Override
    public String operatorName() {
        return operatorName;
    }

    @Override
    public Configuration configuration() {
        return configuration;
    }

    @Override
    public ClassLoader userCodeClassLoader() {
        return userCodeClassLoader;
    }

    @Override
    public ProcessingTimeService processingTimeService() {
        return processingTimeService;
    }

    @Override
    public boolean isKeyed() {
        return keyedStateBackend != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K> KeyedStateBackend<K> keyedStateBackend() {
        if (keyedStateBackend == null) {
            throw new UnsupportedOperationException("Operator '" + operatorName + "' is not keyed: keyed state and timers "
                    + "are only available after keyBy()");
        }
        return (KeyedStateBackend<K>) keyedStateBackend;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K> InternalTimeServiceManager<K> timeServiceManager() {
        if (timeServiceManager == null) {
            throw new UnsupportedOperationException("Operator '" + operatorName + "' is not keyed: timers are only "
                    + "available after keyBy()");
        }
        return (InternalTimeServiceManager<K>) timeServiceManager;
    }

    @Override
    public Counter counter(String name) {
        return counters.computeIfAbsent(name, n -> new SimpleCounter());
    }

    /** The value of counter {@code name}; 0 when nothing created it. */
    public long counterValue(String name) {
        SimpleCounter c = counters.get(name);
        return c == null ? 0 : c.getCount();
    }

    @Override
    public RuntimeContext runtimeContext() {
        return runtimeContext;
    }
}
