package io.ebbflow.runtime.testutils;

import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.keygroup.KeyGroupRangeAssignment;
import io.ebbflow.runtime.operators.TaskInfo;
import java.util.Objects;

/**
 * What the harness builders collect before {@code open()}: the subtask, the clock's start, names and
 * configuration. Shared by the one- and two-input builders so that each setting is validated once.
 */
final class HarnessSettings {

    static final String JOB_NAME = "test-job";

    String operatorName;
    int subtaskIndex = 0;
    int parallelism = 1;
    int maxParallelism = KeyGroupRangeAssignment.DEFAULT_MAX_PARALLELISM;
    long startProcessingTimeMillis = 0L;
    Configuration configuration = new Configuration();

    HarnessSettings(Object operator) {
        this.operatorName = Objects.requireNonNull(operator, "operator").getClass().getSimpleName();
    }

    void subtask(int index, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism);
        }
        if (index < 0 || index >= parallelism) {
            throw new IllegalArgumentException("subtask index must be in [0, " + parallelism + "), was " + index);
        }
        this.subtaskIndex = index;
        this.parallelism = parallelism;
    }

    void maxParallelism(int maxParallelism) {
        if (maxParallelism < 1 || maxParallelism > KeyGroupRangeAssignment.UPPER_BOUND_MAX_PARALLELISM) {
            throw new IllegalArgumentException("max parallelism must be in [1, "
                    + KeyGroupRangeAssignment.UPPER_BOUND_MAX_PARALLELISM + "], was " + maxParallelism);
        }
        this.maxParallelism = maxParallelism;
    }

    void operatorName(String name) {
        if (Objects.requireNonNull(name, "operatorName").isEmpty()) {
            throw new IllegalArgumentException("operator name must not be empty");
        }
        this.operatorName = name;
    }

    void configuration(Configuration configuration) {
        this.configuration = new Configuration(Objects.requireNonNull(configuration, "configuration"));
    }

    /** @throws IllegalArgumentException when the parallelism exceeds the max parallelism */
    TaskInfo taskInfo() {
        KeyGroupRangeAssignment.checkParallelism(maxParallelism, parallelism);
        return new TaskInfo(JOB_NAME, operatorName, subtaskIndex, parallelism, maxParallelism, 0);
    }
}
