package io.ebbflow.runtime.testutils;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.runtime.operators.Output;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link Output} that keeps everything an operator emits: main-output elements in emission order
 * (records as copies, because the operator may reuse the instance it emits), side-output records by tag.
 * Side outputs are collected even when no tag was declared, so a test sees what would be dropped.
 */
final class CollectingOutput<T> implements Output<T> {

    private final List<Object> main = new ArrayList<>();
    private final Map<OutputTag<?>, List<StreamRecord<?>>> sides = new LinkedHashMap<>();

    @Override
    public void collect(StreamRecord<T> record) {
        main.add(record.copy());
    }

    @Override
    public <X> void collect(OutputTag<X> tag, StreamRecord<X> record) {
        sides.computeIfAbsent(tag, t -> new ArrayList<>()).add(record.copy());
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        main.add(watermark);
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus status) {
        main.add(status);
    }

    @Override
    public void emitRecordAttributes(RecordAttributes attributes) {
        main.add(attributes);
    }

    List<Object> main() {
        return main;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    <X> List<StreamRecord<X>> side(OutputTag<X> tag) {
        List<StreamRecord<?>> records = sides.get(tag);
        return records == null ? List.of() : (List) records;
    }

    void clear() {
        main.clear();
        sides.clear();
    }
}
