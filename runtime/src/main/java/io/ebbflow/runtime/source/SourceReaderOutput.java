package io.ebbflow.runtime.source;

import io.ebbflow.api.connector.source.ReaderOutput;
import io.ebbflow.api.connector.source.SourceOutput;
import io.ebbflow.api.eventtime.TimestampAssigner;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.api.eventtime.WatermarkGenerator;
import io.ebbflow.api.eventtime.WatermarkOutput;
import io.ebbflow.api.eventtime.WatermarkStrategy;
import io.ebbflow.runtime.operators.Output;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link ReaderOutput} of a source subtask: assigns timestamps, runs one watermark generator per split
 * (and one for records emitted without a split), and emits the minimum watermark over active splits.
 * Idle splits are left out; when all are idle the subtask emits {@link WatermarkStatus#IDLE}.
 *
 * <p>Task thread only. The record path allocates nothing: the record wrapper is reused.
 */
final class SourceReaderOutput<T> implements ReaderOutput<T> {

    private final Output<T> output;
    private final WatermarkStrategy<T> strategy;
    private final SplitOutput main;
    private final Map<String, SplitOutput> splits = new HashMap<>();
    private final List<SplitOutput> all = new ArrayList<>();
    private final StreamRecord<T> reuse = new StreamRecord<>(null);
    private long lastEmittedWatermark = Long.MIN_VALUE;
    private boolean idle;

    SourceReaderOutput(Output<T> output, WatermarkStrategy<T> strategy) {
        this.output = output;
        this.strategy = strategy;
        this.main = new SplitOutput(false);
    }

    @Override
    public void collect(T record) {
        main.collect(record);
    }

    @Override
    public void collect(T record, long timestamp) {
        main.collect(record, timestamp);
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        main.emitWatermark(watermark);
    }

    @Override
    public void markIdle() {
        main.markIdle();
    }

    @Override
    public void markActive() {
        main.markActive();
    }

    @Override
    public SourceOutput<T> createOutputForSplit(String splitId) {
        return splits.computeIfAbsent(splitId, id -> {
            SplitOutput s = new SplitOutput(true);
            all.add(s);
            return s;
        });
    }

    @Override
    public void releaseOutputForSplit(String splitId) {
        SplitOutput s = splits.remove(splitId);
        if (s != null) {
            all.remove(s);
            combineAndEmit();
        }
    }

    /** Runs every generator's periodic emission, then emits the combined watermark if it advanced. */
    void emitPeriodicWatermark() {
        main.generator.onPeriodicEmit(main);
        for (SplitOutput s : all) {
            s.generator.onPeriodicEmit(s);
        }
        combineAndEmit();
    }

    /** Emits the end of event time: called once when the reader's input ended. */
    void emitFinalWatermark() {
        if (lastEmittedWatermark < Long.MAX_VALUE) {
            lastEmittedWatermark = Long.MAX_VALUE;
            output.emitWatermark(Watermark.MAX_WATERMARK);
        }
    }

    private void combineAndEmit() {
        long min = Long.MAX_VALUE;
        boolean anyActive = false;
        // Records emitted straight to the reader output count as one more split once used.
        if (main.used && !main.idle) {
            anyActive = true;
            min = main.watermark;
        }
        for (SplitOutput s : all) {
            if (!s.idle) {
                anyActive = true;
                min = Math.min(min, s.watermark);
            }
        }
        boolean nowIdle = !anyActive && (main.used || !all.isEmpty());
        if (nowIdle != idle) {
            idle = nowIdle;
            output.emitWatermarkStatus(nowIdle ? WatermarkStatus.IDLE : WatermarkStatus.ACTIVE);
        }
        if (anyActive && min > lastEmittedWatermark && min != Long.MIN_VALUE) {
            lastEmittedWatermark = min;
            output.emitWatermark(new Watermark(min));
        }
    }

    /** One split's generator, assigner and watermark. */
    private final class SplitOutput implements SourceOutput<T>, WatermarkOutput {
        final WatermarkGenerator<T> generator = strategy.createWatermarkGenerator();
        final TimestampAssigner<T> assigner = strategy.createTimestampAssigner();
        long watermark = Long.MIN_VALUE;
        boolean idle;
        boolean used;

        SplitOutput(boolean used) {
            this.used = used;
        }

        @Override
        public void collect(T record) {
            collect(record, TimestampAssigner.NO_TIMESTAMP);
        }

        @Override
        public void collect(T record, long timestamp) {
            used = true;
            long ts = assigner.extractTimestamp(record, timestamp);
            generator.onEvent(record, ts, this);
            output.collect(reuse.replace(record, ts));
        }

        @Override
        public void emitWatermark(Watermark wm) {
            boolean wasIdle = idle;
            idle = false;
            if (wm.timestamp() > watermark || wasIdle) {
                watermark = Math.max(watermark, wm.timestamp());
                combineAndEmit();
            }
        }

        @Override
        public void markIdle() {
            if (!idle) {
                idle = true;
                combineAndEmit();
            }
        }

        @Override
        public void markActive() {
            if (idle) {
                idle = false;
                combineAndEmit();
            }
        }
    }
}
