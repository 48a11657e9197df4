package io.ebbflow.examples.tpch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.ebbflow.api.connector.source.InputStatus;
import io.ebbflow.api.connector.source.ReaderOutput;
import io.ebbflow.api.connector.source.SourceOutput;
import io.ebbflow.api.connector.source.SourceReader;
import io.ebbflow.api.connector.source.SourceReaderContext;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.runtime.config.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TpchSourceTest {

    private static final double SCALE_FACTOR = 0.01;
    /** dbgen's orders at scale factor 0.01: 1,500,000 * 0.01. */
    private static final int ORDERS_AT_SF_001 = 15_000;

    @Test
    void shouldCreateOnePartPerSubtaskWhenPartCountIsNotSet() {
        List<TpchSource.Split> splits = TpchSource.orders(SCALE_FACTOR).createSplits(4);

        assertThat(splits).extracting(TpchSource.Split::splitId)
                .containsExactly("orders-1-of-4", "orders-2-of-4", "orders-3-of-4", "orders-4-of-4");
        assertThat(splits).allSatisfy(split -> assertThat(split.rowsEmitted()).isZero());
    }

    @Test
    void shouldCreateTheGivenPartsWhenPartCountIsSet() {
        assertThat(TpchSource.lineItems(SCALE_FACTOR).withPartCount(3).createSplits(8))
                .extracting(TpchSource.Split::splitId)
                .containsExactly("lineitem-1-of-3", "lineitem-2-of-3", "lineitem-3-of-3");
    }

    @Test
    void shouldEmitEveryOrderOnceWhenPartsAreReadBySeveralSubtasks() throws Exception {
        TpchSource<OrderRow> source = TpchSource.orders(SCALE_FACTOR).withPartCount(5);
        List<TpchSource.Split> splits = source.createSplits(3);
        List<OrderRow> rows = new ArrayList<>();
        for (int subtask = 0; subtask < 3; subtask++) {
            List<TpchSource.Split> assigned = new ArrayList<>();
            for (int i = subtask; i < splits.size(); i += 3) {
                assigned.add(splits.get(i));
            }
            rows.addAll(readAll(source, assigned, Integer.MAX_VALUE).rows());
        }

        assertThat(rows).hasSize(ORDERS_AT_SF_001);
        assertThat(rows.stream().map(OrderRow::orderKey).collect(Collectors.toSet())).hasSize(ORDERS_AT_SF_001);
    }

    @Test
    void shouldResumeAfterTheLastEmittedRowWhenRestoredFromASnapshot() throws Exception {
        TpchSource<LineItemRow> source = TpchSource.lineItems(SCALE_FACTOR).withPartCount(4);
        List<TpchSource.Split> splits = source.createSplits(1).subList(0, 2);
        List<LineItemRow> expected = readAll(source, splits, Integer.MAX_VALUE).rows();
        int firstPartRows = readAll(source, splits.subList(0, 1), Integer.MAX_VALUE).rows().size();
        int rowsBeforeSnapshot = firstPartRows + 1_000;

        Read<LineItemRow> beforeSnapshot = readAll(source, splits, rowsBeforeSnapshot);
        Read<LineItemRow> afterRestore = readAll(source, beforeSnapshot.snapshot(), Integer.MAX_VALUE);

        assertThat(beforeSnapshot.snapshot()).containsExactly(new TpchSource.Split("lineitem", 2, 4, 1_000));
        List<LineItemRow> all = new ArrayList<>(beforeSnapshot.rows());
        all.addAll(afterRestore.rows());
        assertThat(all).containsExactlyElementsOf(expected);
        assertThat(afterRestore.snapshot()).isEmpty();
    }

    @Test
    void shouldReportBacklogWhenReading() throws Exception {
        RecordingContext context = new RecordingContext();
        SourceReader<OrderRow, TpchSource.Split> reader = TpchSource.orders(SCALE_FACTOR).createReader(context);
        try {
            reader.start();
        } finally {
            reader.close();
        }
        assertThat(context.backlog).isTrue();
    }

    @Test
    void shouldNameTheBadValueWhenArgumentsAreOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> TpchSource.lineItems(0))
                .withMessage("TPC-H scale factor must be positive and finite, was 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> TpchSource.orders(1).withPartCount(0))
                .withMessage("TPC-H part count must be at least 1, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new TpchSource.Split("orders", 3, 2, 0))
                .withMessageContaining("[1, 2], was 3");
    }

    private record Read<T>(List<T> rows, List<TpchSource.Split> snapshot) {}

    /** Reads up to {@code limit} rows of {@code splits} with a fresh reader, then snapshots it. */
    private static <T> Read<T> readAll(TpchSource<T> source, List<TpchSource.Split> splits, int limit)
            throws Exception {
        CollectingOutput<T> output = new CollectingOutput<>();
        SourceReader<T, TpchSource.Split> reader = source.createReader(new RecordingContext());
        try {
            reader.start();
            reader.addSplits(splits);
            reader.notifyNoMoreSplits();
            while (output.rows.size() < limit && reader.pollNext(output) != InputStatus.END_OF_INPUT) {
                // one row per poll
            }
            return new Read<>(output.rows, reader.snapshotState(1));
        } finally {
            reader.close();
        }
    }

    private static final class RecordingContext implements SourceReaderContext {
        boolean backlog;

        @Override
        public int getIndexOfSubtask() {
            return 0;
        }

        @Override
        public int currentParallelism() {
            return 1;
        }

        @Override
        public Configuration getConfiguration() {
            return new Configuration();
        }

        @Override
        public ClassLoader getUserCodeClassLoader() {
            return getClass().getClassLoader();
        }

        @Override
        public void setProcessingBacklog(boolean isProcessingBacklog) {
            backlog = isProcessingBacklog;
        }
    }

    private static final class CollectingOutput<T> implements ReaderOutput<T> {
        final List<T> rows = new ArrayList<>();

        @Override
        public void collect(T record) {
            rows.add(record);
        }

        @Override
        public void collect(T record, long timestamp) {
            rows.add(record);
        }

        @Override
        public void emitWatermark(Watermark watermark) {}

        @Override
        public void markIdle() {}

        @Override
        public void markActive() {}

        @Override
        public SourceOutput<T> createOutputForSplit(String splitId) {
            return this;
        }

        @Override
        public void releaseOutputForSplit(String splitId) {}
    }
}
