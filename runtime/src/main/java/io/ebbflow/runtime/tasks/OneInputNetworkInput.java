package io.ebbflow.runtime.tasks;

import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.api.functions.KeySelector;
import io.ebbflow.runtime.network.ElementBatch;
import io.ebbflow.runtime.network.InputGate;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.state.KeyedStateBackend;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;
import io.ebbflow.runtime.watermark.StatusWatermarkValve;

/**
 * Reads one batch per call from the head operator's input gate and hands its elements to the operator.
 * For a keyed head the record's key is set on the keyed state backend first. The record loop allocates
 * nothing: one reused {@link StreamRecord} wraps each value.
 */
final class OneInputNetworkInput<IN> implements TaskInput, StatusWatermarkValve.Output {

    private final InputGate gate;
    private final OneInputStreamOperator<IN, ?> operator;
    private final KeySelector<IN, Object> keySelector;
    private final KeyedStateBackend<Object> backend;
    private final OperatorMetrics metrics;
    private final InputChannelStatus status;
    private final StreamRecord<IN> reuse = new StreamRecord<>(null);
    private final String name;
    private final String subtask;

    @SuppressWarnings("unchecked")
    OneInputNetworkInput(InputGate gate, OneInputStreamOperator<IN, ?> operator, KeySelector<?, ?> keySelector,
            KeyedStateBackend<?> backend, OperatorMetrics metrics, String name, String subtask) {
        this.gate = gate;
        this.operator = operator;
        this.keySelector = (KeySelector<IN, Object>) keySelector;
        this.backend = (KeyedStateBackend<Object>) backend;
        this.metrics = metrics;
        this.status = new InputChannelStatus(gate.numberOfChannels(), this);
        this.name = name;
        this.subtask = subtask;
    }

    @Override
    public int processInput() throws Exception {
        ElementBatch batch = gate.poll();
        if (batch == null) {
            return NOTHING_AVAILABLE;
        }
        try {
            processBatch(batch);
        } catch (Throwable t) {
            throw OperatorException.wrap(name, subtask, t);
        } finally {
            gate.recycle(batch);
        }
        if (status.allEnded()) {
            try {
                operator.endInput();
            } catch (Throwable t) {
                throw OperatorException.wrap(name, subtask, t);
            }
            return END_OF_INPUT;
        }
        return MORE_AVAILABLE;
    }

    @SuppressWarnings("unchecked")
    private void processBatch(ElementBatch batch) throws Exception {
        final OneInputStreamOperator<IN, ?> op = operator;
        final KeySelector<IN, Object> ks = keySelector;
        final StreamRecord<IN> record = reuse;
        final int n = batch.size();
        int records = 0;
        for (int i = 0; i < n; i++) {
            if (batch.kind(i) == ElementBatch.RECORD) {
                IN value = (IN) batch.object(i);
                if (ks != null) {
                    backend.setCurrentKey(ks.getKey(value));
                }
                records++;
                op.processElement(record.replace(value, batch.timestamp(i)));
            } else {
                processControl(batch, i);
            }
        }
        metrics.recordsIn += records;
    }

    private void processControl(ElementBatch batch, int i) throws Exception {
        int channel = batch.channelIndex();
        switch (batch.kind(i)) {
            case ElementBatch.WATERMARK -> status.watermark(batch.timestamp(i), channel);
            case ElementBatch.WATERMARK_STATUS -> status.watermarkStatus((WatermarkStatus) batch.object(i), channel);
            case ElementBatch.RECORD_ATTRIBUTES -> {
                RecordAttributes change = status.recordAttributes((RecordAttributes) batch.object(i), channel);
                if (change != null) {
                    operator.processRecordAttributes(change);
                }
            }
            case ElementBatch.END_OF_PARTITION -> {
                RecordAttributes change = status.endOfPartition(channel);
                if (change != null) {
                    operator.processRecordAttributes(change);
                }
            }
            default -> throw new IllegalStateException("unknown stream element kind " + batch.kind(i));
        }
    }

    @Override
    public void emitWatermark(long watermark) throws Exception {
        operator.processWatermark(new Watermark(watermark));
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus s) throws Exception {
        operator.processWatermarkStatus(s);
    }

    @Override
    public boolean hasInputNow() {
        return gate.hasQueued();
    }
}
