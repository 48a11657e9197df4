package io.ebbflow.runtime.tasks;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.runtime.operators.Output;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;
import java.util.List;
import java.util.Map;

/**
 * The output an operator is given: counts its records and routes them to the main outputs (chained
 * operators and writers) and to side outputs by tag. With several main outputs every output but the last
 * gets a copy of the record wrapper, because a chained operator may reuse the wrapper it receives.
 */
final class OperatorOutput<T> implements Output<T> {

    private final OperatorMetrics metrics;
    private final Output<T> single;
    private final Output<T>[] mains;
    private final Map<OutputTag<?>, List<Output<Object>>> sideOutputs;
    private final Output<?>[] all;

    @SuppressWarnings("unchecked")
    OperatorOutput(OperatorMetrics metrics, List<Output<T>> mains, Map<OutputTag<?>, List<Output<Object>>> sideOutputs) {
        this.metrics = metrics;
        this.mains = mains.toArray(new Output[0]);
        this.single = mains.size() == 1 ? mains.get(0) : null;
        this.sideOutputs = sideOutputs;
        java.util.List<Output<?>> everything = new java.util.ArrayList<>(mains);
        sideOutputs.values().forEach(everything::addAll);
        this.all = everything.toArray(new Output[0]);
    }

    @Override
    public void collect(StreamRecord<T> record) {
        metrics.recordsOut++;
        Output<T> s = single;
        if (s != null) {
            s.collect(record);
            return;
        }
        Output<T>[] m = mains;
        int last = m.length - 1;
        for (int i = 0; i < last; i++) {
            m[i].collect(record.copy());
        }
        if (last >= 0) {
            m[last].collect(record);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X> void collect(OutputTag<X> tag, StreamRecord<X> record) {
        List<Output<Object>> outs = sideOutputs.get(tag);
        if (outs == null) {
            return;
        }
        int last = outs.size() - 1;
        for (int i = 0; i < last; i++) {
            outs.get(i).collect((StreamRecord<Object>) record.copy());
        }
        outs.get(last).collect((StreamRecord<Object>) record);
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        for (Output<?> o : all) {
            o.emitWatermark(watermark);
        }
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus status) {
        for (Output<?> o : all) {
            o.emitWatermarkStatus(status);
        }
    }

    @Override
    public void emitRecordAttributes(RecordAttributes attributes) {
        for (Output<?> o : all) {
            o.emitRecordAttributes(attributes);
        }
    }
}
