package io.ebbflow.runtime.execution;

import java.time.Duration;
import java.util.Map;

/**
 * What a finished job reports.
 *
 * @param jobId the job's id
 * @param jobName the name given to {@code execute}
 * @param netRuntime from submission until the last task ended
 * @param counters the user functions' counters, summed over subtasks, by name
 */
public record JobExecutionResult(String jobId, String jobName, Duration netRuntime, Map<String, Long> counters) {

    public JobExecutionResult {
        counters = Map.copyOf(counters);
    }

    /** The net runtime in milliseconds. */
    public long getNetRuntime() {
        return netRuntime.toMillis();
    }

    /** Returns a counter's value; 0 when no subtask used that counter. */
    public long getCounter(String name) {
        return counters.getOrDefault(name, 0L);
    }
}
