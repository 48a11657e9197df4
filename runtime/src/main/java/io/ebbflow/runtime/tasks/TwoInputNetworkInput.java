package io.ebbflow.runtime.tasks;

import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.api.functions.KeySelector;
import io.ebbflow.runtime.network.ElementBatch;
import io.ebbflow.runtime.network.InputGate;
import io.ebbflow.runtime.operators.TwoInputStreamOperator;
import io.ebbflow.runtime.state.KeyedStateBackend;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;
import io.ebbflow.runtime.watermark.StatusWatermarkValve;

/**
 * Reads the two input gates of a two-input head operator, alternating between them so that neither input
 * starves, one batch per call.
 */
final class TwoInputNetworkInput<IN1, IN2> implements TaskInput {

    private final InputGate gate1;
    private final InputGate gate2;
    private final TwoInputStreamOperator<IN1, IN2, ?> operator;
    private final KeySelector<Object, Object> keySelector1;
    private final KeySelector<Object, Object> keySelector2;
    private final KeyedStateBackend<Object> backend;
    private final OperatorMetrics metrics;
    private final InputChannelStatus status1;
    private final InputChannelStatus status2;
    private final StreamRecord<Object> reuse = new StreamRecord<>(null);
    private final String name;
    private final String subtask;
    private boolean ended1;
    private boolean ended2;
    private boolean preferSecond;

    @SuppressWarnings("unchecked")
    TwoInputNetworkInput(InputGate gate1, InputGate gate2, TwoInputStreamOperator<IN1, IN2, ?> operator,
            KeySelector<?, ?> keySelector1, KeySelector<?, ?> keySelector2, KeyedStateBackend<?> backend,
            OperatorMetrics metrics, String name, String subtask) {
        this.gate1 = gate1;
        this.gate2 = gate2;
        this.operator = operator;
        this.keySelector1 = (KeySelector<Object, Object>) keySelector1;
        this.keySelector2 = (KeySelector<Object, Object>) keySelector2;
        this.backend = (KeyedStateBackend<Object>) backend;
        this.metrics = metrics;
        this.name = name;
        this.subtask = subtask;
        this.status1 = new InputChannelStatus(gate1.numberOfChannels(), new ValveOutput(1));
        this.status2 = new InputChannelStatus(gate2.numberOfChannels(), new ValveOutput(2));
    }

    @Override
    public int processInput() throws Exception {
        InputGate first = preferSecond ? gate2 : gate1;
        ElementBatch batch = first.poll();
        int input = preferSecond ? 2 : 1;
        if (batch == null) {
            input = 3 - input;
            batch = (input == 1 ? gate1 : gate2).poll();
        }
        if (batch == null) {
            return NOTHING_AVAILABLE;
        }
        preferSecond = input == 1;
        try {
            processBatch(batch, input);
            if (input == 1 && !ended1 && status1.allEnded()) {
                ended1 = true;
                operator.endInput(1);
            } else if (input == 2 && !ended2 && status2.allEnded()) {
                ended2 = true;
                operator.endInput(2);
            }
        } catch (Throwable t) {
            throw OperatorException.wrap(name, subtask, t);
        } finally {
            (input == 1 ? gate1 : gate2).recycle(batch);
        }
        return ended1 && ended2 ? END_OF_INPUT : MORE_AVAILABLE;
    }

    @SuppressWarnings("unchecked")
    private void processBatch(ElementBatch batch, int input) throws Exception {
        KeySelector<Object, Object> ks = input == 1 ? keySelector1 : keySelector2;
        InputChannelStatus status = input == 1 ? status1 : status2;
        int n = batch.size();
        int records = 0;
        for (int i = 0; i < n; i++) {
            byte kind = batch.kind(i);
            if (kind == ElementBatch.RECORD) {
                Object value = batch.object(i);
                if (ks != null) {
                    backend.setCurrentKey(ks.getKey(value));
                }
                records++;
                reuse.replace(value, batch.timestamp(i));
                if (input == 1) {
                    operator.processElement1((StreamRecord<IN1>) (StreamRecord<?>) reuse);
                } else {
                    operator.processElement2((StreamRecord<IN2>) (StreamRecord<?>) reuse);
                }
                continue;
            }
            int channel = batch.channelIndex();
            RecordAttributes change = null;
            switch (kind) {
                case ElementBatch.WATERMARK -> status.watermark(batch.timestamp(i), channel);
                case ElementBatch.WATERMARK_STATUS -> status.watermarkStatus((WatermarkStatus) batch.object(i), channel);
                case ElementBatch.RECORD_ATTRIBUTES -> change = status.recordAttributes((RecordAttributes) batch.object(i), channel);
                case ElementBatch.END_OF_PARTITION -> change = status.endOfPartition(channel);
                default -> throw new IllegalStateException("unknown stream element kind " + kind);
            }
            if (change != null) {
                if (input == 1) {
                    operator.processRecordAttributes1(change);
                } else {
                    operator.processRecordAttributes2(change);
                }
            }
        }
        metrics.recordsIn += records;
    }

    @Override
    public boolean hasInputNow() {
        return gate1.hasQueued() || gate2.hasQueued();
    }

    private final class ValveOutput implements StatusWatermarkValve.Output {
        private final int input;

        ValveOutput(int input) {
            this.input = input;
        }

        @Override
        public void emitWatermark(long watermark) throws Exception {
            if (input == 1) {
                operator.processWatermark1(new Watermark(watermark));
            } else {
                operator.processWatermark2(new Watermark(watermark));
            }
        }

        @Override
        public void emitWatermarkStatus(WatermarkStatus s) {
            // Idleness of one input of a two-input operator does not propagate on its own: the operator's
            // event time is the minimum of both inputs' watermarks.
        }
    }
}
