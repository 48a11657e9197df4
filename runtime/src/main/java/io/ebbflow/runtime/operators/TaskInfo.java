package io.ebbflow.runtime.operators;

/**
 * Identifies one subtask.
 *
 * @param jobName the job's name
 * @param taskName the chain's name, e.g. {@code "Keyed Reduce -> Sink: discard"}
 * @param subtaskIndex in {@code [0, parallelism)}
 * @param parallelism the number of subtasks
 * @param maxParallelism the number of key groups
 * @param attemptNumber 0 for the first run, incremented on each restart
 */
public record TaskInfo(String jobName, String taskName, int subtaskIndex, int parallelism, int maxParallelism,
        int attemptNumber) {

    /** {@code "name (2/4)"}, as in Flink's logs. */
    public String taskNameWithSubtask() {
        return taskName + " (" + (subtaskIndex + 1) + "/" + parallelism + ")";
    }
}
