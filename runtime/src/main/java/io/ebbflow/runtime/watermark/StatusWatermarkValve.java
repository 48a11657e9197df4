package io.ebbflow.runtime.watermark;

import io.ebbflow.runtime.streamrecord.WatermarkStatus;

/**
 * Combines the watermarks and idleness of the channels of one input into the input's watermark: the
 * minimum over active channels that have not ended. An ended channel counts as {@code Long.MAX_VALUE}, so
 * the input's watermark reaches the end of time when every channel has ended.
 *
 * <p>Task thread only.
 */
public final class StatusWatermarkValve {

    /** Receives what the valve decides to emit. */
    public interface Output {
        void emitWatermark(long watermark) throws Exception;

        void emitWatermarkStatus(WatermarkStatus status) throws Exception;
    }

    private final long[] channelWatermarks;
    private final boolean[] channelIdle;
    private final Output output;
    private long lastOutputWatermark = Long.MIN_VALUE;
    private boolean outputIdle;

    public StatusWatermarkValve(int numberOfChannels, Output output) {
        this.channelWatermarks = new long[numberOfChannels];
        this.channelIdle = new boolean[numberOfChannels];
        java.util.Arrays.fill(channelWatermarks, Long.MIN_VALUE);
        this.output = output;
    }

    public void inputWatermark(long watermark, int channel) throws Exception {
        if (channelIdle[channel]) {
            // A watermark implies the channel is active again.
            inputWatermarkStatus(WatermarkStatus.ACTIVE, channel);
        }
        if (watermark > channelWatermarks[channel]) {
            channelWatermarks[channel] = watermark;
            emitMinimumIfAdvanced();
        }
    }

    public void inputWatermarkStatus(WatermarkStatus status, int channel) throws Exception {
        boolean idle = status == WatermarkStatus.IDLE;
        if (channelIdle[channel] == idle) {
            return;
        }
        channelIdle[channel] = idle;
        boolean allIdle = true;
        for (boolean b : channelIdle) {
            allIdle &= b;
        }
        if (allIdle && !outputIdle) {
            outputIdle = true;
            output.emitWatermarkStatus(WatermarkStatus.IDLE);
        } else if (!allIdle) {
            if (outputIdle) {
                outputIdle = false;
                output.emitWatermarkStatus(WatermarkStatus.ACTIVE);
            }
            emitMinimumIfAdvanced();
        }
    }

    /** Marks a channel as ended: it no longer holds the watermark back. */
    public void channelEnded(int channel) throws Exception {
        channelWatermarks[channel] = Long.MAX_VALUE;
        channelIdle[channel] = false;
        emitMinimumIfAdvanced();
    }

    private void emitMinimumIfAdvanced() throws Exception {
        long min = Long.MAX_VALUE;
        boolean anyActive = false;
        for (int i = 0; i < channelWatermarks.length; i++) {
            if (!channelIdle[i]) {
                anyActive = true;
                min = Math.min(min, channelWatermarks[i]);
            }
        }
        if (anyActive && min > lastOutputWatermark) {
            lastOutputWatermark = min;
            output.emitWatermark(min);
        }
    }
}
