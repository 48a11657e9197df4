package io.ebbflow.operators.window;

import static io.ebbflow.operators.window.WindowTestData.randomEvents;
import static io.ebbflow.operators.window.WindowTestData.sessions;
import static io.ebbflow.operators.window.WindowTestData.slidingWindows;
import static io.ebbflow.operators.window.WindowTestData.sum;
import static io.ebbflow.operators.window.WindowTestData.withSafeWatermarks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.functions.AggregateFunction;
import io.ebbflow.api.functions.Collector;
import io.ebbflow.api.functions.OpenContext;
import io.ebbflow.api.functions.ReduceFunction;
import io.ebbflow.api.windowing.assigners.EndOfStreamWindows;
import io.ebbflow.api.windowing.assigners.EventTimeSessionWindows;
import io.ebbflow.api.windowing.assigners.GlobalWindows;
import io.ebbflow.api.windowing.assigners.SlidingEventTimeWindows;
import io.ebbflow.api.windowing.assigners.TumblingEventTimeWindows;
import io.ebbflow.api.windowing.assigners.TumblingProcessingTimeWindows;
import io.ebbflow.api.windowing.functions.ProcessWindowFunction;
import io.ebbflow.api.windowing.triggers.CountTrigger;
import io.ebbflow.api.windowing.triggers.EventTimeTrigger;
import io.ebbflow.api.windowing.triggers.PurgingTrigger;
import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.triggers.TriggerResult;
import io.ebbflow.api.windowing.windows.GlobalWindow;
import io.ebbflow.api.windowing.windows.TimeWindow;
import io.ebbflow.api.windowing.windows.Window;
import io.ebbflow.operators.window.WindowTestData.Event;
import io.ebbflow.operators.window.WindowTestData.Result;
import io.ebbflow.operators.window.WindowTestData.Step;
import io.ebbflow.operators.window.WindowTestData.WindowContents;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.state.heap.HeapKeyedStateBackend;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.testutils.OperatorTestHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WindowOperatorTest {

    private static final ReduceFunction<Event> SUM = (a, b) -> new Event(a.key(), Math.max(a.ts(), b.ts()), a.value() + b.value());
    private static final OutputTag<Event> LATE = new OutputTag<>("late", Event.class);

    /** Counts and sums values; the result is "count/sum". */
    static final class CountAndSum implements AggregateFunction<Event, long[], String> {
        @Override
        public long[] createAccumulator() {
            return new long[2];
        }

        @Override
        public long[] add(Event value, long[] acc) {
            acc[0]++;
            acc[1] += value.value();
            return acc;
        }

        @Override
        public String getResult(long[] acc) {
            return acc[0] + "/" + acc[1];
        }

        @Override
        public long[] merge(long[] a, long[] b) {
            return new long[] {a[0] + b[0], a[1] + b[1]};
        }
    }

    /** Emits "key[start,end):count/sum" for all elements of a time window. */
    static final class DescribeWindow extends ProcessWindowFunction<Event, String, String, TimeWindow> {
        @Override
        public void process(String key, Context ctx, Iterable<Event> elements, Collector<String> out) {
            int count = 0;
            int sum = 0;
            for (Event e : elements) {
                count++;
                sum += e.value();
            }
            out.collect(key + "[" + ctx.window().getStart() + "," + ctx.window().getEnd() + "):" + count + "/" + sum);
        }
    }

    private static <OUT> OperatorTestHarness<Event, OUT> harness(OneInputStreamOperator<Event, OUT> op) throws Exception {
        return OperatorTestHarness.oneInput(op).keyedBy(Event::key).open();
    }

    private static void run(OperatorTestHarness<Event, ?> h, List<Step> steps) throws Exception {
        for (Step s : steps) {
            if (s.event() != null) {
                h.processElement(s.event(), s.event().ts());
            } else {
                h.processWatermark(s.watermark());
            }
        }
    }

    private static <OUT> List<Result> results(OperatorTestHarness<Event, OUT> h, Function<OUT, String> keyOf, Function<OUT, Object> valueOf) {
        List<Result> results = new ArrayList<>();
        for (StreamRecord<OUT> r : h.outputRecords()) {
            results.add(new Result(keyOf.apply(r.getValue()), r.getTimestamp(), valueOf.apply(r.getValue())));
        }
        return results;
    }

    private static void assertNoWindowState(OperatorTestHarness<Event, ?> h) {
        HeapKeyedStateBackend<String> backend = h.keyedStateBackend();
        assertThat(backend.numberOfEntries(WindowOperator.CONTENTS_STATE_NAME)).isZero();
        assertThat(backend.numberOfEntries(WindowOperator.MERGING_WINDOWS_STATE_NAME)).isZero();
        assertThat(backend.numberOfEntries(CountTrigger.STATE_NAME)).isZero();
    }

    // ---- tumbling, sliding, session against reference computations ----------------------------------

    @Test
    void shouldReduceEachKeyAndTumblingWindowWhenRecordsArriveOutOfOrder() throws Exception {
        List<Event> events = randomEvents(1, 300, 500, 8);
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(TumblingEventTimeWindows.of(Duration.ofMillis(50))).reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            run(h, withSafeWatermarks(events));

            List<Result> expected = new ArrayList<>();
            for (WindowContents w : slidingWindows(events, 50, 50)) {
                expected.add(new Result(w.key(), w.end() - 1, sum(w.events())));
            }
            assertThat(results(h, Event::key, Event::value)).containsExactlyInAnyOrderElementsOf(expected);
            assertNoWindowState(h);
        }
    }

    @Test
    void shouldAggregateEveryOverlappingWindowWhenWindowsSlide() throws Exception {
        List<Event> events = randomEvents(2, 200, 300, 5);
        WindowOperator<String, Event, String, String, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(SlidingEventTimeWindows.of(Duration.ofMillis(30), Duration.ofMillis(10)))
                .aggregate(new CountAndSum());
        ProcessWindowFunction<String, String, String, TimeWindow> withKey = new ProcessWindowFunction<>() {
            @Override
            public void process(String key, Context ctx, Iterable<String> elements, Collector<String> out) {
                out.collect(key + ":" + elements.iterator().next());
            }
        };
        WindowOperator<String, Event, String, String, TimeWindow> keyed = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(SlidingEventTimeWindows.of(Duration.ofMillis(30), Duration.ofMillis(10)))
                .aggregate(new CountAndSum(), withKey);
        try (OperatorTestHarness<Event, String> h = harness(keyed);
                OperatorTestHarness<Event, String> plain = harness(op)) {
            run(h, withSafeWatermarks(events));
            run(plain, withSafeWatermarks(events));

            List<Result> expected = new ArrayList<>();
            for (WindowContents w : slidingWindows(events, 30, 10)) {
                expected.add(new Result(w.key(), w.end() - 1, w.events().size() + "/" + sum(w.events())));
            }
            assertThat(results(h, s -> s.substring(0, 1), s -> s.substring(2))).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(plain.outputRecords()).extracting(StreamRecord::getValue)
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(r -> (String) r.value()).toList());
            assertNoWindowState(h);
        }
    }

    @Test
    void shouldEmitOneResultPerSessionWhenRecordsOfAKeyAreWithinTheGap() throws Exception {
        List<Event> events = randomEvents(3, 120, 2_000, 6);
        WindowOperator<String, Event, Iterable<Event>, String, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(EventTimeSessionWindows.withGap(Duration.ofMillis(40)))
                .process(new DescribeWindow());
        try (OperatorTestHarness<Event, String> h = harness(op)) {
            run(h, withSafeWatermarks(events));

            List<Result> expected = new ArrayList<>();
            for (WindowContents s : sessions(events, 40)) {
                expected.add(new Result(s.key(), s.end() - 1,
                        s.key() + "[" + s.start() + "," + s.end() + "):" + s.events().size() + "/" + sum(s.events())));
            }
            assertThat(results(h, s -> s.substring(0, 1), s -> s)).containsExactlyInAnyOrderElementsOf(expected);
            assertNoWindowState(h);
        }
    }

    @Test
    void shouldReduceSessionsIncrementallyWhenWindowsMerge() throws Exception {
        List<Event> events = randomEvents(4, 150, 3_000, 10);
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(EventTimeSessionWindows.withGap(Duration.ofMillis(50))).reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            run(h, withSafeWatermarks(events));

            List<Result> expected = new ArrayList<>();
            for (WindowContents s : sessions(events, 50)) {
                expected.add(new Result(s.key(), s.end() - 1, sum(s.events())));
            }
            assertThat(results(h, Event::key, Event::value)).containsExactlyInAnyOrderElementsOf(expected);
            assertNoWindowState(h);
        }
    }

    // ---- firing time and timestamps -------------------------------------------------------------------

    @Test
    void shouldFireOnlyWhenTheWatermarkReachesTheWindowsMaxTimestamp() throws Exception {
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(TumblingEventTimeWindows.of(Duration.ofMillis(10))).reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            h.processElement(new Event("a", 3, 1), 3);
            h.processElement(new Event("a", 12, 2), 12);
            h.processElement(new Event("a", 7, 4), 7);
            h.processWatermark(8);
            assertThat(h.outputRecords()).isEmpty();

            h.clearOutput();
            h.processWatermark(9);
            assertThat(h.output()).hasSize(2);
            assertThat(h.outputRecords()).extracting(r -> r.getValue().value(), StreamRecord::getTimestamp)
                    .containsExactly(tuple(5, 9L));
            assertThat(h.output().get(1)).isEqualTo(new io.ebbflow.api.eventtime.Watermark(9));
        }
    }

    @Test
    void shouldBridgeTwoSessionsIntoOneWhenARecordFallsBetweenThem() throws Exception {
        WindowOperator<String, Event, Iterable<Event>, String, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(EventTimeSessionWindows.withGap(Duration.ofMillis(10)))
                .process(new DescribeWindow());
        try (OperatorTestHarness<Event, String> h = harness(op)) {
            h.processElement(new Event("a", 0, 1), 0);
            h.processElement(new Event("a", 18, 2), 18);
            h.processWatermark(5);
            assertThat(h.keyedStateBackend().numberOfEntries(WindowOperator.CONTENTS_STATE_NAME)).isEqualTo(2);

            h.processElement(new Event("a", 9, 4), 9); // [9,19) touches [0,10) and overlaps [18,28)
            assertThat(h.keyedStateBackend().numberOfEntries(WindowOperator.CONTENTS_STATE_NAME)).isEqualTo(1);

            h.processWatermark(26);
            assertThat(h.outputValues()).isEmpty();
            h.processWatermark(27);
            assertThat(h.outputRecords()).extracting(StreamRecord::getValue, StreamRecord::getTimestamp)
                    .containsExactly(tuple("a[0,28):3/7", 27L));
            assertNoWindowState(h);
        }
    }

    @Test
    void shouldKeepSessionsApartWhenRecordsAreMoreThanTheGapApart() throws Exception {
        WindowOperator<String, Event, Iterable<Event>, String, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(EventTimeSessionWindows.withGap(Duration.ofMillis(10)))
                .process(new DescribeWindow());
        try (OperatorTestHarness<Event, String> h = harness(op)) {
            h.processElement(new Event("a", 0, 1), 0);
            h.processElement(new Event("a", 10, 2), 10); // touches [0,10): same session
            h.processElement(new Event("a", 21, 4), 21); // 11 after the latest: new session
            h.processElement(new Event("b", 5, 8), 5);
            h.processWatermark(Long.MAX_VALUE);

            assertThat(h.outputValues()).containsExactlyInAnyOrder("a[0,20):2/3", "a[21,31):1/4", "b[5,15):1/8");
        }
    }

    // ---- lateness -----------------------------------------------------------------------------------

    @Test
    void shouldFireAgainWithAllContentsWhenALateRecordIsWithinTheAllowedLateness() throws Exception {
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(TumblingEventTimeWindows.of(Duration.ofMillis(10)))
                .allowedLateness(Duration.ofMillis(5))
                .sideOutputLateData(LATE)
                .reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            h.processElement(new Event("a", 1, 1), 1);
            h.processElement(new Event("a", 3, 2), 3);
            h.processWatermark(9);
            h.processElement(new Event("a", 5, 4), 5); // window [0,10) ended at 9, cleaned at 14
            h.processWatermark(13);
            h.processElement(new Event("a", 2, 8), 2); // still within lateness
            assertThat(h.outputRecords()).extracting(r -> r.getValue().value(), StreamRecord::getTimestamp)
                    .containsExactly(tuple(3, 9L), tuple(7, 9L), tuple(15, 9L));
            assertThat(h.sideOutputValues(LATE)).isEmpty();
            assertThat(h.keyedStateBackend().numberOfEntries(WindowOperator.CONTENTS_STATE_NAME)).isEqualTo(1);

            h.processWatermark(14); // cleanup time of [0,10)
            assertNoWindowState(h);

            h.clearOutput();
            h.processElement(new Event("a", 9, 16), 9); // beyond lateness: 9 + 5 <= 14
            assertThat(h.outputRecords()).isEmpty();
            assertThat(h.sideOutput(LATE)).extracting(StreamRecord::getValue, StreamRecord::getTimestamp)
                    .containsExactly(tuple(new Event("a", 9, 16), 9L));
            assertNoWindowState(h);
        }
    }

    @Test
    void shouldDropAndCountLateRecordsWhenNoLateSideOutputIsSet() throws Exception {
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(TumblingEventTimeWindows.of(Duration.ofMillis(10))).reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            h.processElement(new Event("a", 1, 1), 1);
            h.processWatermark(10);
            h.processElement(new Event("a", 9, 2), 9);  // window [0,10) is gone
            h.processElement(new Event("a", 10, 4), 10); // window [10,20) is not

            assertThat(h.outputValues()).extracting(Event::value).containsExactly(1);
            assertThat(h.counter(WindowOperator.LATE_RECORDS_DROPPED)).isEqualTo(1);
            assertThat(h.keyedStateBackend().numberOfEntries(WindowOperator.CONTENTS_STATE_NAME)).isEqualTo(1);
        }
    }

    @Test
    void shouldSendLateRecordToSideOutputWhenAllItsSlidingWindowsAreCleanedUp() throws Exception {
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(SlidingEventTimeWindows.of(Duration.ofMillis(20), Duration.ofMillis(10)))
                .sideOutputLateData(LATE)
                .reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            h.processWatermark(19);
            h.processElement(new Event("a", 15, 1), 15); // [0,20) is late, [10,30) is not
            h.processElement(new Event("a", 5, 2), 5);   // [-10,10) and [0,20) are both late
            h.processWatermark(Long.MAX_VALUE);

            assertThat(h.outputRecords()).extracting(r -> r.getValue().value(), StreamRecord::getTimestamp)
                    .containsExactly(tuple(1, 29L));
            assertThat(h.sideOutputValues(LATE)).containsExactly(new Event("a", 5, 2));
        }
    }

    @Test
    void shouldLateFireAMergedSessionWhenARecordArrivesWithinTheAllowedLateness() throws Exception {
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(EventTimeSessionWindows.withGap(Duration.ofMillis(10)))
                .allowedLateness(Duration.ofMillis(20))
                .sideOutputLateData(LATE)
                .reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            h.processElement(new Event("a", 0, 1), 0);
            h.processWatermark(9);                       // session [0,10) fires
            h.processElement(new Event("a", 5, 2), 5);   // merges into [0,15): fires again at once
            h.processWatermark(34);                      // cleanup of [0,15) is 14 + 20
            h.processElement(new Event("a", 4, 4), 4);   // too late

            assertThat(h.outputRecords()).extracting(r -> r.getValue().value(), StreamRecord::getTimestamp)
                    .containsExactly(tuple(1, 9L), tuple(3, 14L));
            assertThat(h.sideOutputValues(LATE)).containsExactly(new Event("a", 4, 4));
            assertNoWindowState(h);
        }
    }

    // ---- triggers -----------------------------------------------------------------------------------

    @Test
    void shouldFireEveryNRecordsPerKeyWhenCountTriggerPurgesGlobalWindows() throws Exception {
        WindowOperator<String, Event, Event, Event, GlobalWindow> op = WindowOperatorBuilder
                .<Event, String, GlobalWindow>forAssigner(GlobalWindows.create())
                .trigger(PurgingTrigger.of(CountTrigger.of(3)))
                .reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            int[] values = {1, 2, 4, 8, 16, 32, 64};
            for (int v : values) {
                h.processElement(new Event("a", v, v));
                h.processElement(new Event("b", v, 10 * v));
            }
            assertThat(h.outputRecords()).extracting(r -> r.getValue().key(), r -> r.getValue().value(), StreamRecord::getTimestamp)
                    .containsExactly(
                            tuple("a", 1 + 2 + 4, Long.MAX_VALUE), tuple("b", 70, Long.MAX_VALUE),
                            tuple("a", 8 + 16 + 32, Long.MAX_VALUE), tuple("b", 560, Long.MAX_VALUE));
            // one record per key is buffered, and one count each
            assertThat(h.keyedStateBackend().numberOfEntries(WindowOperator.CONTENTS_STATE_NAME)).isEqualTo(2);
            assertThat(h.keyedStateBackend().numberOfEntries(CountTrigger.STATE_NAME)).isEqualTo(2);
        }
    }

    @Test
    void shouldEmitRunningTotalsWhenCountTriggerDoesNotPurge() throws Exception {
        WindowOperator<String, Event, Event, Event, GlobalWindow> op = WindowOperatorBuilder
                .<Event, String, GlobalWindow>forAssigner(GlobalWindows.create())
                .trigger(CountTrigger.of(2))
                .reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            for (int v = 1; v <= 5; v++) {
                h.processElement(new Event("a", v, v));
            }
            assertThat(h.outputValues()).extracting(Event::value).containsExactly(1 + 2, 1 + 2 + 3 + 4);
        }
    }

    @Test
    void shouldNeverFireWhenGlobalWindowsUseTheDefaultTrigger() throws Exception {
        WindowOperator<String, Event, Event, Event, GlobalWindow> op = WindowOperatorBuilder
                .<Event, String, GlobalWindow>forAssigner(GlobalWindows.create()).reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            h.processElement(new Event("a", 1, 1), 1);
            h.processWatermark(Long.MAX_VALUE);
            h.endInput();
            assertThat(h.outputRecords()).isEmpty();
        }
    }

    @Test
    void shouldAddCountsOfMergedSessionsWhenCountTriggerMerges() throws Exception {
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(EventTimeSessionWindows.withGap(Duration.ofMillis(10)))
                .trigger(CountTrigger.of(3))
                .reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            h.processElement(new Event("a", 0, 1), 0);
            h.processElement(new Event("a", 30, 2), 30);
            assertThat(h.outputValues()).isEmpty();
            h.processElement(new Event("a", 15, 4), 15); // bridges nothing: [15,25) touches neither [0,10) nor [30,40)
            assertThat(h.outputValues()).isEmpty();
            h.processElement(new Event("a", 8, 8), 8);   // [8,18) merges [0,10) and [15,25): count 1 + 1 + 1 = 3
            assertThat(h.outputValues()).extracting(Event::value).containsExactly(1 + 4 + 8);
        }
    }

    @Test
    void shouldFireOnlyAtTheFinalWatermarkWhenWindowsEndWithTheStream() throws Exception {
        WindowOperator<String, Event, Event, Event, GlobalWindow> op = WindowOperatorBuilder
                .<Event, String, GlobalWindow>forAssigner(EndOfStreamWindows.get()).reduce(SUM);
        assertThat(op.getOperatorAttributes().isOutputOnEOF()).isTrue();
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            h.processElement(new Event("a", 1, 1), 1);
            h.processElement(new Event("b", 2, 2), 2);
            h.processElement(new Event("a", 3, 4), 3);
            h.processWatermark(1_000_000L);
            assertThat(h.outputRecords()).isEmpty();

            h.processWatermark(Long.MAX_VALUE);
            h.endInput();
            assertThat(h.outputValues()).extracting(Event::key, Event::value).containsExactlyInAnyOrder(tuple("a", 5), tuple("b", 2));
            assertNoWindowState(h);
        }
        assertThat(WindowOperatorBuilder.<Event, String, TimeWindow>forAssigner(TumblingEventTimeWindows.of(Duration.ofMillis(1)))
                .reduce(SUM).getOperatorAttributes().isOutputOnEOF()).isFalse();
    }

    @Test
    void shouldPurgeWithoutFiringWhenACustomTriggerSaysPurge() throws Exception {
        Trigger<Event, Window> purgeOnNegative = new Trigger<>() {
            @Override
            public TriggerResult onElement(Event element, long timestamp, Window window, TriggerContext ctx) {
                if (element.value() < 0) {
                    return TriggerResult.PURGE;
                }
                return element.value() == 0 ? TriggerResult.FIRE : TriggerResult.CONTINUE;
            }

            @Override
            public TriggerResult onProcessingTime(long time, Window window, TriggerContext ctx) {
                return TriggerResult.CONTINUE;
            }

            @Override
            public TriggerResult onEventTime(long time, Window window, TriggerContext ctx) {
                return TriggerResult.CONTINUE;
            }

            @Override
            public void clear(Window window, TriggerContext ctx) {}
        };
        WindowOperator<String, Event, Event, Event, GlobalWindow> op = WindowOperatorBuilder
                .<Event, String, GlobalWindow>forAssigner(GlobalWindows.create()).trigger(purgeOnNegative).reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            h.processElement(new Event("a", 1, 5));
            h.processElement(new Event("a", 2, -1)); // purges 5 + -1
            h.processElement(new Event("a", 3, 7));
            h.processElement(new Event("a", 4, 0));  // fires 7 + 0
            assertThat(h.outputValues()).extracting(Event::value).containsExactly(7);
        }
    }

    // ---- processing time ----------------------------------------------------------------------------

    @Test
    void shouldFireProcessingTimeWindowsWhenTheClockPassesTheirEnd() throws Exception {
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(TumblingProcessingTimeWindows.of(Duration.ofMillis(100))).reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = OperatorTestHarness.oneInput(op).keyedBy(Event::key).processingTime(1_000).open()) {
            h.processElement(new Event("a", 0, 1));
            h.setProcessingTime(1_050);
            h.processElement(new Event("a", 0, 2));
            h.processElement(new Event("b", 0, 4));
            h.processWatermark(Long.MAX_VALUE); // event time does not matter
            h.setProcessingTime(1_098);
            assertThat(h.outputRecords()).isEmpty();

            h.setProcessingTime(1_099);
            assertThat(h.outputRecords()).extracting(r -> r.getValue().key(), r -> r.getValue().value(), StreamRecord::getTimestamp)
                    .containsExactlyInAnyOrder(tuple("a", 3, 1_099L), tuple("b", 4, 1_099L));
            assertNoWindowState(h);

            h.clearOutput();
            h.processElement(new Event("a", 0, 16)); // still at 1099: window [1000, 1100), due at once
            assertThat(h.outputRecords()).extracting(r -> r.getValue().value(), StreamRecord::getTimestamp)
                    .containsExactly(tuple(16, 1_099L));

            h.clearOutput();
            h.setProcessingTime(1_150);
            h.processElement(new Event("a", 0, 8)); // window [1100, 1200)
            h.setProcessingTime(5_000);
            assertThat(h.outputRecords()).extracting(r -> r.getValue().value(), StreamRecord::getTimestamp)
                    .containsExactly(tuple(8, 1_199L));
            assertNoWindowState(h);
            assertThat(h.processingTimeService().numScheduledTimers()).isZero();
        }
    }

    // ---- process window function ----------------------------------------------------------------------

    /** Records its lifecycle and uses every part of its context. */
    static final class InspectingFunction extends ProcessWindowFunction<Event, String, String, TimeWindow> {
        static final OutputTag<String> WINDOWS = new OutputTag<>("windows", String.class);
        final List<String> lifecycle = new ArrayList<>();

        @Override
        public void open(OpenContext context) {
            lifecycle.add("open:" + getRuntimeContext().getIndexOfThisSubtask());
        }

        @Override
        public void process(String key, Context ctx, Iterable<Event> elements, Collector<String> out) {
            List<Integer> values = new ArrayList<>();
            elements.forEach(e -> values.add(e.value()));
            out.collect(key + values + "@wm" + ctx.currentWatermark() + "/pt" + ctx.currentProcessingTime());
            ctx.output(WINDOWS, ctx.window().toString());
        }

        @Override
        public void close() {
            lifecycle.add("close");
        }
    }

    @Test
    void shouldPassElementsWindowAndTimesAndOpenCloseWhenProcessFunctionRuns() throws Exception {
        InspectingFunction fn = new InspectingFunction();
        WindowOperator<String, Event, Iterable<Event>, String, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(TumblingEventTimeWindows.of(Duration.ofMillis(10))).process(fn);
        try (OperatorTestHarness<Event, String> h = OperatorTestHarness.oneInput(op).keyedBy(Event::key).processingTime(77).open()) {
            assertThat(fn.lifecycle).containsExactly("open:0");
            h.processElement(new Event("a", 2, 1), 2);
            h.processElement(new Event("a", 4, 2), 4);
            h.processWatermark(12);

            assertThat(h.outputRecords()).extracting(StreamRecord::getValue, StreamRecord::getTimestamp)
                    .containsExactly(tuple("a[1, 2]@wm12/pt77", 9L));
            assertThat(h.sideOutput(InspectingFunction.WINDOWS)).extracting(StreamRecord::getValue, StreamRecord::getTimestamp)
                    .containsExactly(tuple("TimeWindow[0, 10)", 9L));
        }
        assertThat(fn.lifecycle).containsExactly("open:0", "close");
    }

    @Test
    void shouldPassTheReducedValueWithTheWindowWhenReduceHasAProcessFunction() throws Exception {
        ProcessWindowFunction<Event, String, String, TimeWindow> describe = new ProcessWindowFunction<>() {
            @Override
            public void process(String key, Context ctx, Iterable<Event> elements, Collector<String> out) {
                List<Event> all = new ArrayList<>();
                elements.forEach(all::add);
                out.collect(key + ctx.window() + all.size() + ":" + all.get(0).value());
            }
        };
        WindowOperator<String, Event, Event, String, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(TumblingEventTimeWindows.of(Duration.ofMillis(10), Duration.ofMillis(5)))
                .reduce(SUM, describe);
        try (OperatorTestHarness<Event, String> h = harness(op)) {
            h.processElement(new Event("a", 5, 1), 5);
            h.processElement(new Event("a", 14, 2), 14);
            h.processElement(new Event("a", 15, 4), 15);
            h.processWatermark(Long.MAX_VALUE);
            assertThat(h.outputValues()).containsExactly("aTimeWindow[5, 15)1:3", "aTimeWindow[15, 25)1:4");
        }
    }

    // ---- validation -----------------------------------------------------------------------------------

    @Test
    void shouldRejectConfigurationWhenItCannotWork() {
        assertThatThrownBy(() -> WindowOperatorBuilder.<Event, String, TimeWindow>forAssigner(
                        EventTimeSessionWindows.withGap(Duration.ofMillis(5)))
                .trigger(new Trigger<Object, Window>() {
                    @Override
                    public TriggerResult onElement(Object e, long t, Window w, TriggerContext c) {
                        return TriggerResult.CONTINUE;
                    }

                    @Override
                    public TriggerResult onProcessingTime(long t, Window w, TriggerContext c) {
                        return TriggerResult.CONTINUE;
                    }

                    @Override
                    public TriggerResult onEventTime(long t, Window w, TriggerContext c) {
                        return TriggerResult.CONTINUE;
                    }

                    @Override
                    public void clear(Window w, TriggerContext c) {}
                }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot merge");
        assertThatThrownBy(() -> WindowOperatorBuilder.<Event, String, TimeWindow>forAssigner(
                        TumblingProcessingTimeWindows.of(Duration.ofMillis(5))).allowedLateness(Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event-time");
        assertThatThrownBy(() -> WindowOperatorBuilder.<Event, String, TimeWindow>forAssigner(
                        TumblingEventTimeWindows.of(Duration.ofMillis(5))).allowedLateness(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-");
        assertThatThrownBy(() -> TumblingEventTimeWindows.of(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> TumblingEventTimeWindows.of(Duration.ofMillis(10), Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> CountTrigger.of(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void shouldFailWithAHintWhenAnEventTimeWindowGetsARecordWithoutTimestamp() throws Exception {
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(TumblingEventTimeWindows.of(Duration.ofMillis(10))).reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            assertThatThrownBy(() -> h.processElement(new Event("a", 0, 1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("assignTimestampsAndWatermarks");
        }
    }

    @Test
    void shouldRefuseToOpenWhenTheInputIsNotKeyed() {
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(TumblingEventTimeWindows.of(Duration.ofMillis(10))).reduce(SUM);
        assertThatThrownBy(() -> OperatorTestHarness.oneInput(op).open())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("keyBy");
    }

    @Test
    void shouldNotFireTheSameTimerTwiceWhenTriggerAndCleanupTimersCoincide() throws Exception {
        WindowOperator<String, Event, Event, Event, TimeWindow> op = WindowOperatorBuilder
                .<Event, String, TimeWindow>forAssigner(TumblingEventTimeWindows.of(Duration.ofMillis(10)))
                .trigger(EventTimeTrigger.create())
                .reduce(SUM);
        try (OperatorTestHarness<Event, Event> h = harness(op)) {
            h.processElement(new Event("a", 1, 1), 1);
            h.processWatermark(100);
            h.processWatermark(200);
            assertThat(h.outputValues()).hasSize(1);
        }
    }
}
