package io.ebbflow.runtime.config;

import java.time.Duration;

/** Options of how tasks move records. Keys as in Flink where the concept is the same. */
public final class ExecutionOptions {

    private ExecutionOptions() {}

    public static final ConfigOption<Duration> BUFFER_TIMEOUT = ConfigOptions.key("execution.buffer-timeout")
            .durationType().defaultValue(Duration.ofMillis(100))
            .withDescription("How long a partly filled batch of records may wait before it is sent to the next task. "
                    + "Larger values give fuller batches and more throughput when the stream is slow; smaller values "
                    + "lower latency. 0 sends after every record (lowest latency, most overhead); -1 ms sends only "
                    + "full batches and at watermarks, barriers and end of input.");
}
