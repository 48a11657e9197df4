package io.ebbflow.runtime.testutils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.api.state.ValueState;
import io.ebbflow.api.state.ValueStateDescriptor;
import io.ebbflow.runtime.keygroup.KeyGroupRangeAssignment;
import io.ebbflow.runtime.operators.AbstractStreamOperator;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.operators.TwoInputStreamOperator;
import io.ebbflow.runtime.operators.TwoInputWatermarks;
import io.ebbflow.runtime.state.VoidNamespace;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.streamrecord.WatermarkStatus;
import io.ebbflow.runtime.timers.InternalTimer;
import io.ebbflow.runtime.timers.InternalTimerService;
import io.ebbflow.runtime.timers.Triggerable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorTestHarnessTest {

    private static final OutputTag<String> EMPTY = new OutputTag<>("empty", String.class);

    /**
     * Counts records per key in a ValueState and emits "key=count"; for each record registers an event-time
     * timer at timestamp + 10 and a processing-time timer at now + 100 that emit "event:key@t" and
     * "processing:key@t". Empty strings go to a side output.
     */
    static final class CountingOperator extends AbstractStreamOperator<String>
            implements OneInputStreamOperator<String, String>, Triggerable<Object, VoidNamespace> {

        private ValueState<Integer> count;
        private InternalTimerService<VoidNamespace> timers;

        @Override
        public void open(OperatorContext<String> context) throws Exception {
            super.open(context);
            count = context.runtimeContext().getState(new ValueStateDescriptor<>("count", Integer.class));
            timers = context.timeServiceManager().getInternalTimerService("test-timers", this);
            context.counter("opened").inc();
        }

        @Override
        public void processElement(StreamRecord<String> record) {
            if (record.getValue().isEmpty()) {
                output.collect(EMPTY, new StreamRecord<>("", record.getTimestamp()));
                return;
            }
            Integer c = count.value();
            int next = c == null ? 1 : c + 1;
            count.update(next);
            Object key = context.keyedStateBackend().getCurrentKey();
            timers.registerEventTimeTimer(VoidNamespace.INSTANCE, record.getTimestamp() + 10);
            timers.registerProcessingTimeTimer(VoidNamespace.INSTANCE, timers.currentProcessingTime() + 100);
            context.counter("records").inc();
            output.collect(record.replace(key + "=" + next));
        }

        @Override
        public void onEventTime(InternalTimer<Object, VoidNamespace> timer) {
            output.collect(new StreamRecord<>("event:" + timer.key() + "@" + timer.timestamp(), timer.timestamp()));
        }

        @Override
        public void onProcessingTime(InternalTimer<Object, VoidNamespace> timer) {
            output.collect(new StreamRecord<>("processing:" + timer.key() + "@" + timer.timestamp()));
        }
    }

    /** Upper-cases values; uses no state. */
    static final class UpperCaseOperator extends AbstractStreamOperator<String> implements OneInputStreamOperator<String, String> {
        @Override
        public void processElement(StreamRecord<String> record) {
            output.collect(record.replace(record.getValue().toUpperCase()));
        }
    }

    /** Keeps a reference to the input record, which the runtime forbids. */
    static final class RecordKeepingOperator extends AbstractStreamOperator<String>
            implements OneInputStreamOperator<String, String> {
        final List<StreamRecord<String>> kept = new ArrayList<>();

        @Override
        public void processElement(StreamRecord<String> record) {
            kept.add(record);
        }
    }

    /** Emits "1:value" or "2:value" with the key's previous value from the other side, and the min watermark. */
    static final class TaggingTwoInputOperator extends AbstractStreamOperator<String>
            implements TwoInputStreamOperator<String, Integer, String> {
        private final TwoInputWatermarks watermarks = new TwoInputWatermarks();
        private ValueState<String> last;

        @Override
        public void open(OperatorContext<String> context) throws Exception {
            super.open(context);
            last = context.runtimeContext().getState(new ValueStateDescriptor<>("last", String.class));
        }

        @Override
        public void processElement1(StreamRecord<String> record) {
            emit("1:" + record.getValue(), record);
        }

        @Override
        public void processElement2(StreamRecord<Integer> record) {
            emit("2:" + record.getValue(), record);
        }

        private void emit(String value, StreamRecord<?> record) {
            String previous = last.value();
            last.update(value);
            output.collect(record.replace(value + (previous == null ? "" : " after " + previous)));
        }

        @Override
        public void processWatermark1(Watermark watermark) throws Exception {
            advance(1, watermark);
        }

        @Override
        public void processWatermark2(Watermark watermark) throws Exception {
            advance(2, watermark);
        }

        private void advance(int input, Watermark watermark) throws Exception {
            long combined = watermarks.update(input, watermark.timestamp());
            if (combined != Long.MIN_VALUE) {
                processWatermark(new Watermark(combined));
            }
        }

        @Override
        public void endInput(int inputId) {
            output.collect(new StreamRecord<>("end" + inputId));
        }
    }

    @Test
    void shouldEmitRecordsWithTheirTimestampsWhenTheOperatorIsNotKeyed() throws Exception {
        try (OperatorTestHarness<String, String> h = OperatorTestHarness.oneInput(new UpperCaseOperator()).open()) {
            h.processElement("a", 10L);
            h.processElement("b");

            assertThat(h.outputValues()).containsExactly("A", "B");
            assertThat(h.outputRecords()).extracting(StreamRecord::getTimestamp)
                    .containsExactly(10L, StreamRecord.NO_TIMESTAMP);
        }
    }

    @Test
    void shouldKeepStatePerKeyWhenKeyed() throws Exception {
        try (OperatorTestHarness<String, String> h = OperatorTestHarness.oneInput(new CountingOperator())
                .keyedBy(String::length)
                .open()) {
            h.processElement("a", 1L);
            h.processElement("bb", 2L);
            h.processElement("c", 3L);

            assertThat(h.outputValues()).containsExactly("1=1", "2=1", "1=2");
            assertThat(h.keyedStateBackend().numberOfEntries("count")).isEqualTo(2);
            assertThat(h.counter("records")).isEqualTo(3);
            assertThat(h.counter("opened")).isEqualTo(1);
        }
    }

    @Test
    void shouldFireEventTimeTimersBeforeForwardingTheWatermarkWhenTheWatermarkPassesThem() throws Exception {
        try (OperatorTestHarness<String, String> h = OperatorTestHarness.oneInput(new CountingOperator())
                .keyedBy(String::length)
                .open()) {
            h.processElement("a", 5L);
            h.processElement("bb", 20L);
            h.clearOutput();

            h.processWatermark(15L);

            List<Object> out = h.output();
            assertThat(out).hasSize(2);
            assertThat(h.outputRecords()).extracting(StreamRecord::getValue, StreamRecord::getTimestamp)
                    .containsExactly(tuple("event:1@15", 15L));
            assertThat(out.get(1)).isEqualTo(new Watermark(15L));
        }
    }

    @Test
    void shouldFireProcessingTimeTimersOnlyWhenTheTestAdvancesTheClock() throws Exception {
        try (OperatorTestHarness<String, String> h = OperatorTestHarness.oneInput(new CountingOperator())
                .keyedBy(String::length)
                .processingTime(1_000L)
                .open()) {
            h.processElement("a");
            h.processElement("bb");
            h.clearOutput();

            h.setProcessingTime(1_099L);
            assertThat(h.outputValues()).isEmpty();

            h.setProcessingTime(5_000L);
            assertThat(h.outputValues()).containsExactlyInAnyOrder("processing:1@1100", "processing:2@1100");
            assertThat(h.processingTime()).isEqualTo(5_000L);
            assertThat(h.processingTimeService().numScheduledTimers()).isZero();
        }
    }

    @Test
    void shouldRejectSettingProcessingTimeBackwardsWhenTheClockIsAhead() throws Exception {
        try (OperatorTestHarness<String, String> h = OperatorTestHarness.oneInput(new UpperCaseOperator())
                .processingTime(100L)
                .open()) {
            assertThatThrownBy(() -> h.setProcessingTime(99L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("100").hasMessageContaining("99");
        }
    }

    @Test
    void shouldRunATimerRegisteredInThePastAfterTheCallNotInsideIt() throws Exception {
        ManualProcessingTimeService clock = new ManualProcessingTimeService(50L);
        List<String> fired = new ArrayList<>();
        clock.registerTimer(10L, t -> fired.add("late@" + t));
        assertThat(fired).isEmpty();

        clock.fireDueTimers();
        assertThat(fired).containsExactly("late@10");
    }

    @Test
    void shouldNotRunACanceledTimerWhenItsTimeComes() throws Exception {
        ManualProcessingTimeService clock = new ManualProcessingTimeService(0L);
        List<Long> fired = new ArrayList<>();
        clock.registerTimer(10L, fired::add).cancel();
        clock.registerTimer(20L, fired::add);

        clock.advanceTo(30L);
        assertThat(fired).containsExactly(20L);
    }

    @Test
    void shouldRecordControlElementsInEmissionOrderWhenForwarded() throws Exception {
        try (OperatorTestHarness<String, String> h = OperatorTestHarness.oneInput(new UpperCaseOperator()).open()) {
            h.processRecordAttributes(RecordAttributes.BACKLOG);
            h.processElement("x", 1L);
            h.processWatermark(7L);
            h.processWatermarkStatus(WatermarkStatus.IDLE);
            h.processRecordAttributes(RecordAttributes.NOT_BACKLOG);
            h.endInput();

            List<Object> out = h.output();
            assertThat(out).hasSize(5);
            assertThat(out.get(0)).isEqualTo(RecordAttributes.BACKLOG);
            assertThat(out.get(1)).isInstanceOfSatisfying(StreamRecord.class, r -> {
                assertThat(r.getValue()).isEqualTo("X");
                assertThat(r.getTimestamp()).isEqualTo(1L);
            });
            assertThat(out.subList(2, 5)).containsExactly(new Watermark(7L), WatermarkStatus.IDLE, RecordAttributes.NOT_BACKLOG);
            assertThat(h.emittedWatermarks()).containsExactly(new Watermark(7L));
        }
    }

    @Test
    void shouldCollectSideOutputSeparatelyWhenTheOperatorEmitsToATag() throws Exception {
        try (OperatorTestHarness<String, String> h = OperatorTestHarness.oneInput(new CountingOperator())
                .keyedBy(String::length)
                .open()) {
            h.processElement("", 3L);
            h.processElement("a", 4L);

            assertThat(h.sideOutputValues(EMPTY)).containsExactly("");
            assertThat(h.sideOutput(EMPTY)).extracting(StreamRecord::getTimestamp).containsExactly(3L);
            assertThat(h.outputValues()).containsExactly("1=1");
            assertThat(h.sideOutputValues(new OutputTag<>("other", String.class))).isEmpty();
        }
    }

    @Test
    void shouldRejectKeyedStateWhenTheHarnessIsNotKeyed() {
        assertThatThrownBy(() -> OperatorTestHarness.oneInput(new CountingOperator()).operatorName("counting").open())
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("'count'")
                .hasMessageContaining("'counting'");
    }

    @Test
    void shouldRejectARecordWhenItsKeyBelongsToAnotherSubtask() throws Exception {
        int maxParallelism = 128;
        String foreign = null;
        for (int i = 0; foreign == null; i++) {
            String candidate = "k" + i;
            int keyGroup = KeyGroupRangeAssignment.assignToKeyGroup(candidate, maxParallelism);
            if (KeyGroupRangeAssignment.computeOperatorIndexForKeyGroup(maxParallelism, 2, keyGroup) == 1) {
                foreign = candidate;
            }
        }
        String key = foreign;
        try (OperatorTestHarness<String, String> h = OperatorTestHarness.oneInput(new CountingOperator())
                .keyedBy(s -> s)
                .subtask(0, 2)
                .maxParallelism(maxParallelism)
                .open()) {
            assertThatThrownBy(() -> h.processElement(key, 1L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(key)
                    .hasMessageContaining("subtask 1");
            assertThat(h.context().runtimeContext().getIndexOfThisSubtask()).isZero();
            assertThat(h.context().runtimeContext().getNumberOfParallelSubtasks()).isEqualTo(2);
        }
    }

    @Test
    void shouldPassOneReusedRecordInstanceWhenProcessingElements() throws Exception {
        RecordKeepingOperator op = new RecordKeepingOperator();
        try (OperatorTestHarness<String, String> h = OperatorTestHarness.oneInput(op).open()) {
            h.processElement("a", 1L);
            h.processElement("b", 2L);
        }
        assertThat(op.kept).hasSize(2);
        assertThat(op.kept.get(0)).isSameAs(op.kept.get(1));
    }

    @Test
    void shouldRejectInputWhenTheHarnessIsClosed() throws Exception {
        OperatorTestHarness<String, String> h = OperatorTestHarness.oneInput(new UpperCaseOperator()).open();
        h.close();
        h.close();

        assertThatThrownBy(() -> h.processElement("a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void shouldRejectABuilderWhenSubtaskSettingsAreOutOfRange() {
        assertThatThrownBy(() -> OperatorTestHarness.oneInput(new UpperCaseOperator()).subtask(2, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
        assertThatThrownBy(() -> OperatorTestHarness.oneInput(new UpperCaseOperator()).subtask(0, 4).maxParallelism(2).open())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4");
    }

    @Test
    void shouldKeyBothInputsAndCombineWatermarksWhenTwoInput() throws Exception {
        try (TwoInputOperatorTestHarness<String, Integer, String> h =
                OperatorTestHarness.twoInput(new TaggingTwoInputOperator())
                        .keyedBy(s -> s.length(), i -> i)
                        .open()) {
            h.processElement1("aa", 1L);
            h.processElement2(2, 2L);
            h.processElement2(1, 3L);
            h.processWatermark1(10L);
            h.processWatermark2(5L);
            h.endInput(1);
            h.endInput(2);

            assertThat(h.outputValues()).containsExactly("1:aa", "2:2 after 1:aa", "2:1", "end1", "end2");
            assertThat(h.emittedWatermarks()).containsExactly(new Watermark(5L));
            assertThat(h.keyedStateBackend().numberOfEntries("last")).isEqualTo(2);
            assertThatThrownBy(() -> h.endInput(3)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
