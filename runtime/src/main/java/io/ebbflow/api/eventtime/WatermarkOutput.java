package io.ebbflow.api.eventtime;

/** Where a {@link WatermarkGenerator} sends watermarks and idleness. Used by the source's thread only. */
public interface WatermarkOutput {
    /** Emits a watermark; a watermark not above the last emitted one is ignored. Also marks the output active. */
    void emitWatermark(Watermark watermark);

    /** Marks this output idle: downstream computes watermarks without it until it emits again. */
    void markIdle();

    /** Marks this output active again without a new watermark. */
    void markActive();
}
