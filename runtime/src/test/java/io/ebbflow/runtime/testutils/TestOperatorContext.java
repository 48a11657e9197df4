package io.ebbflow.runtime.testutils;

import io.ebbflow.api.functions.Counter;
import io.ebbflow.api.functions.RuntimeContext;
import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.operators.Output;
import io.ebbflow.runtime.operators.TaskInfo;
import io.ebbflow.runtime.state.KeyedStateBackend;
import io.ebbflow.runtime.timers.InternalTimeServiceManager;
import io.ebbflow.runtime.timers.ProcessingTimeService;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@link OperatorContext} of an operator under an {@link OperatorTestHarness}: the harness's collecting
 * output, its manual clock and, when keyed, its heap keyed state backend and timer services. Built by the
 * harness; tests read it through {@link AbstractOperatorTestHarness#context()}.
 *
 * <p>Not thread-safe: the test thread.
 */
public final class TestOperatorContext<OUT> implements OperatorContext<OUT> {

    private final Output<OUT> output;
    private final TaskInfo taskInfo;
    private final String operatorName;
    private final Configuration configuration;
    private final ProcessingTimeService processingTimeService;
    private final KeyedStateBackend<?> keyedStateBackend;
    private final InternalTimeServiceManager<?> timeServiceManager;
    private final Map<String, TestCounter> counters = new LinkedHashMap<>();
    private final RuntimeContext runtimeContext;

    TestOperatorContext(Output<OUT> output, TaskInfo taskInfo, String operatorName, Configuration configuration,
            ProcessingTimeService processingTimeService, KeyedStateBackend<?> keyedStateBackend,
            InternalTimeServiceManager<?> timeServiceManager) {
        this.output = output;
        this.taskInfo = taskInfo;
        this.operatorName = operatorName;
        this.configuration = configuration;
        this.processingTimeService = processingTimeService;
        this.keyedStateBackend = keyedStateBackend;
        this.timeServiceManager = timeServiceManager;
        this.runtimeContext = new TestRuntimeContext(this);
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
        return TestOperatorContext.class.getClassLoader();
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
                    + "are only available after keyBy() (build the harness with keyedBy)");
        }
        return (KeyedStateBackend<K>) keyedStateBackend;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K> InternalTimeServiceManager<K> timeServiceManager() {
        if (timeServiceManager == null) {
            throw new UnsupportedOperationException("Operator '" + operatorName + "' is not keyed: timers are only "
                    + "available after keyBy() (build the harness with keyedBy)");
        }
        return (InternalTimeServiceManager<K>) timeServiceManager;
    }

    @Override
    public Counter counter(String name) {
        return counters.computeIfAbsent(name, n -> new TestCounter());
    }

    /** The value of counter {@code name}; 0 when nothing created it. */
    public long counterValue(String name) {
        TestCounter c = counters.get(name);
        return c == null ? 0 : c.count;
    }

    @Override
    public RuntimeContext runtimeContext() {
        return runtimeContext;
    }

    private static final class TestCounter implements Counter {
        long count;

        @Override
        public void inc() {
            count++;
        }

        @Override
        public void inc(long n) {
            count += n;
        }

        @Override
        public long getCount() {
            return count;
        }
    }
}
