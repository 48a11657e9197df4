package io.ebbflow.runtime.config;

import java.time.Duration;

/** Options of the job's shape: parallelism and event time. Keys as in Flink. */
public final class PipelineOptions {

    private PipelineOptions() {}

    public static final ConfigOption<Integer> DEFAULT_PARALLELISM = ConfigOptions.key("parallelism.default")
            .intType().noDefaultValue()
            .withDescription("Parallelism of operators that do not set their own. Unset: 1 for a task manager job, the "
                    + "number of cores for a job run in-process (as Flink's local environment).");

    public static final ConfigOption<Integer> MAX_PARALLELISM = ConfigOptions.key("pipeline.max-parallelism")
            .intType().defaultValue(128)
            .withDescription("The number of key groups, and so the largest parallelism keyed state can be rescaled to. "
                    + "More key groups cost a little memory per keyed operator; at most 32768.");

    public static final ConfigOption<Duration> AUTO_WATERMARK_INTERVAL = ConfigOptions.key("pipeline.auto-watermark-interval")
            .durationType().defaultValue(Duration.ofMillis(200))
            .withDescription("How often sources run their watermark generators' periodic emission. Shorter gives "
                    + "fresher event time (window results sooner) at a small CPU cost; 0 disables periodic watermarks.");
}
