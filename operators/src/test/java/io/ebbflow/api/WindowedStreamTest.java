package io.ebbflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.eventtime.WatermarkStrategy;
import io.ebbflow.api.functions.Collector;
import io.ebbflow.api.functions.OpenContext;
import io.ebbflow.api.windowing.assigners.EventTimeSessionWindows;
import io.ebbflow.api.windowing.assigners.TumblingEventTimeWindows;
import io.ebbflow.api.windowing.functions.ProcessWindowFunction;
import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.triggers.TriggerResult;
import io.ebbflow.api.windowing.windows.TimeWindow;
import io.ebbflow.api.windowing.windows.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Windows through the DataStream API, run in-process at parallelism above 1. */
class WindowedStreamTest {

    record Sum(long key, long windowEnd, long sum) {}

    /** Sums a window's values; a rich function, so each subtask needs its own copy. */
    static final class SumWindow extends ProcessWindowFunction<Long, Sum, Long, TimeWindow> {
        private transient int subtask = -1;

        @Override
        public void open(OpenContext context) {
            subtask = getRuntimeContext().getIndexOfThisSubtask();
        }

        @Override
        public void process(Long key, Context ctx, Iterable<Long> elements, Collector<Sum> out) {
            if (subtask < 0) {
                throw new IllegalStateException("not opened");
            }
            long sum = 0;
            for (long v : elements) {
                sum += v;
            }
            out.collect(new Sum(key, ctx.window().getEnd(), sum));
        }
    }

    private static DataStream<Long> timestamped(StreamExecutionEnvironment env, long n) {
        return env.fromSequence(1, n).assignTimestampsAndWatermarks(
                WatermarkStrategy.<Long>forMonotonousTimestamps().withTimestampAssigner((v, ts) -> v));
    }

    private static <T> List<T> collect(DataStream<T> stream) throws Exception {
        List<T> out = new ArrayList<>();
        try (CloseableIterator<T> it = stream.executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void shouldSumEachKeyAndTumblingWindowWhenRunInParallel() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(3);
        KeyedStream<Long, Long> keyed = timestamped(env, 5_000).keyBy(v -> v % 4);
        List<Sum> out = collect(new WindowedStream<>(keyed, TumblingEventTimeWindows.of(Duration.ofMillis(100)))
                .process(new SumWindow()));

        Map<String, Long> expected = new TreeMap<>();
        for (long v = 1; v <= 5_000; v++) {
            expected.merge((v % 4) + "@" + (v / 100 + 1) * 100, v, Long::sum);
        }
        Map<String, Long> actual = new TreeMap<>();
        for (Sum s : out) {
            assertThat(actual.put(s.key() + "@" + s.windowEnd(), s.sum())).as("one result per key and window").isNull();
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void shouldAggregateAndReduceWhenGivenIncrementalFunctions() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        KeyedStream<Long, Long> keyed = timestamped(env, 1_000).keyBy(v -> v % 2);
        List<Long> reduced = collect(new WindowedStream<>(keyed, TumblingEventTimeWindows.of(Duration.ofMillis(500)))
                .reduce(Long::sum));

        List<Long> expected = new ArrayList<>();
        for (long key = 0; key < 2; key++) {
            for (long start = 0; start <= 1_000; start += 500) {
                long sum = 0;
                for (long v = Math.max(1, start); v < start + 500 && v <= 1_000; v++) {
                    if (v % 2 == key) {
                        sum += v;
                    }
                }
                if (sum > 0) {
                    expected.add(sum);
                }
            }
        }
        assertThat(reduced).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldMergeSessionsAcrossTheJobWhenRecordsAreWithinTheGap() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        // values 1..300 without multiples of 100: the 2 ms gaps at 100 and 200 end sessions of 99 records
        DataStream<Long> values = env.fromSequence(1, 300).filter(v -> v % 100 != 0).assignTimestampsAndWatermarks(
                WatermarkStrategy.<Long>forMonotonousTimestamps().withTimestampAssigner((v, ts) -> v));
        KeyedStream<Long, Long> keyed = values.keyBy(v -> 0L);
        List<Long> counts = collect(new WindowedStream<>(keyed, EventTimeSessionWindows.withGap(Duration.ofMillis(1)))
                .aggregate(new io.ebbflow.api.functions.AggregateFunction<Long, long[], Long>() {
                    @Override
                    public long[] createAccumulator() {
                        return new long[1];
                    }

                    @Override
                    public long[] add(Long value, long[] acc) {
                        acc[0]++;
                        return acc;
                    }

                    @Override
                    public Long getResult(long[] acc) {
                        return acc[0];
                    }

                    @Override
                    public long[] merge(long[] a, long[] b) {
                        return new long[] {a[0] + b[0]};
                    }
                }));
        assertThat(counts).containsExactlyInAnyOrder(99L, 99L, 99L);
    }

    @Test
    void shouldRouteLateRecordsToTheSideOutputWhenTheyMissTheirWindow() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        OutputTag<Long> late = new OutputTag<>("late", Long.class);
        // The watermark follows the largest value; 3 and 5 come after 1000 was seen.
        DataStream<Long> values = env.fromElements(10L, 20L, 1_000L, 3L, 1_001L, 5L).assignTimestampsAndWatermarks(
                WatermarkStrategy.<Long>forMonotonousTimestamps().withTimestampAssigner((v, ts) -> v));
        SingleOutputStreamOperator<Long> sums = new WindowedStream<>(values.keyBy(v -> 0L),
                TumblingEventTimeWindows.of(Duration.ofMillis(100)))
                .sideOutputLateData(late)
                .reduce(Long::sum);
        DataStream<Long> lateRecords = sums.getSideOutput(late);
        List<Long> all = collect(sums.union(lateRecords.map(v -> -v)));

        // Watermarks are periodic, so whether 3 and 5 are late depends on timing; when late they must be in
        // the side output, and never lost.
        long windowZero = all.stream().filter(v -> v > 0 && v < 1_000).mapToLong(Long::longValue).sum();
        long lateSum = -all.stream().filter(v -> v < 0).mapToLong(Long::longValue).sum();
        assertThat(windowZero + lateSum).isEqualTo(10 + 20 + 3 + 5);
        assertThat(all).contains(2_001L);
    }

    @Test
    void shouldRejectATriggerThatCannotMergeWhenWindowsMerge() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        WindowedStream<Long, Long, TimeWindow> sessions = new WindowedStream<>(
                env.fromSequence(1, 2).keyBy(v -> v), EventTimeSessionWindows.withGap(Duration.ofMillis(1)));
        assertThatThrownBy(() -> sessions.trigger(new Trigger<Object, Window>() {
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
        })).isInstanceOf(IllegalArgumentException.class);
    }
}
