package io.ebbflow.runtime.config;

/**
 * Options of the channels between tasks. Records travel as object batches, so sizes are in records, not
 * bytes (Flink's network buffers are bytes because it serializes).
 */
public final class NetworkOptions {

    private NetworkOptions() {}

    public static final ConfigOption<Integer> RECORDS_PER_BATCH = ConfigOptions.key("taskmanager.network.records-per-batch")
            .intType().defaultValue(512)
            .withDescription("Records per batch sent between tasks. Larger batches amortize the hand-over between "
                    + "threads over more records; smaller batches lower latency and memory in flight.");

    public static final ConfigOption<Integer> BATCHES_PER_CHANNEL = ConfigOptions.key("taskmanager.network.batches-per-channel")
            .intType().defaultValue(4)
            .withDescription("Batches in flight in each channel (one producer subtask to one consumer subtask): the "
                    + "one being filled, those queued and the one being processed. When all are in use the producer "
                    + "waits, which bounds the records between two tasks to batches-per-channel x records-per-batch "
                    + "and is how backpressure reaches the sources. At least 2 lets producer and consumer overlap.");
}
