package io.ebbflow.runtime.tasks;

import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;
import io.ebbflow.runtime.watermark.StatusWatermarkValve;

/**
 * The per-channel state of one logical input: watermarks (through the valve), backlog status and end of
 * partition. An input is in backlog while any of its live channels is (FLIP-327: an operator's input is
 * backlog if any upstream is).
 */
final class InputChannelStatus {

    private final StatusWatermarkValve valve;
    private final boolean[] ended;
    private final boolean[] backlog;
    private int endedCount;
    private int backlogCount;

    InputChannelStatus(int channels, StatusWatermarkValve.Output watermarkOutput) {
        this.valve = new StatusWatermarkValve(channels, watermarkOutput);
        this.ended = new boolean[channels];
        this.backlog = new boolean[channels];
    }

    void watermark(long timestamp, int channel) throws Exception {
        valve.inputWatermark(timestamp, channel);
    }

    void watermarkStatus(WatermarkStatus status, int channel) throws Exception {
        valve.inputWatermarkStatus(status, channel);
    }

    /** Records a channel's backlog status; returns the input's new status if it changed, else null. */
    RecordAttributes recordAttributes(RecordAttributes attributes, int channel) {
        boolean before = backlogCount > 0;
        if (attributes.isBacklog() != backlog[channel]) {
            backlog[channel] = attributes.isBacklog();
            backlogCount += attributes.isBacklog() ? 1 : -1;
        }
        boolean after = backlogCount > 0;
        return before == after ? null : RecordAttributes.of(after);
    }

    /** Marks a channel ended; returns the input's new backlog status if ending it changed it, else null. */
    RecordAttributes endOfPartition(int channel) throws Exception {
        RecordAttributes change = null;
        if (backlog[channel]) {
            change = recordAttributes(RecordAttributes.NOT_BACKLOG, channel);
        }
        if (!ended[channel]) {
            ended[channel] = true;
            endedCount++;
            valve.channelEnded(channel);
        }
        return change;
    }

    boolean allEnded() {
        return endedCount == ended.length;
    }
}
