package io.ebbflow.runtime.streamrecord;

/**
 * Whether a stream channel currently carries watermarks. An idle channel (a quiet Kafka partition) is left
 * out when the minimum watermark over channels is computed, so it cannot hold the job back.
 */
public enum WatermarkStatus {
    ACTIVE,
    IDLE
}
