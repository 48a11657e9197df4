package io.ebbflow.examples.bench;

import io.ebbflow.api.StreamExecutionEnvironment;
import io.ebbflow.api.connector.sink.Sink;
import io.ebbflow.api.connector.sink.SinkWriter;
import io.ebbflow.api.connector.sink.WriterInitContext;
import io.ebbflow.api.eventtime.WatermarkStrategy;
import io.ebbflow.runtime.execution.JobExecutionResult;
import java.util.Locale;

/**
 * The reduce benchmark in the shape of Flink's FLIP-327 ReduceBacklogBenchmark: records
 * {@code (int key = i % K, long ts = i, long one = 1)} with {@code ts} as event time and monotonous
 * watermarks, {@code keyBy(key).reduce((a, b) -> (a.key, max(a.ts, b.ts), a.one + b.one))}, parallelism 1.
 * The sink keeps only each key's latest value, checks every key's final count against the arithmetic, and
 * the benchmark fails (exit 1) on a wrong result. Prints one JSON line; {@code seconds} is the wall time of
 * {@code execute}, from submission to result, as Flink's benchmark times {@code env.execute}.
 */
public final class ReduceBenchmark {

    /** One generated record. */
    public record Rec(int key, long ts, long one) {}

    static final String USAGE = """
            Usage: bench.sh reduce [--records N] [--keys K] [--mode streaming-heap]
              --records N  records to generate (default 10000000)
              --keys K     distinct keys (default 1000)
              --mode M     streaming-heap: keyed state in hash maps, record by record
            """;

    private ReduceBenchmark() {}

    public static void main(String[] args) throws Exception {
        long records = 10_000_000L;
        int keys = 1000;
        String mode = "streaming-heap";
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        System.out.print(USAGE);
                        return;
                    }
                    case "--records" -> records = Long.parseLong(args[++i]);
                    case "--keys" -> keys = Integer.parseInt(args[++i]);
                    case "--mode" -> mode = args[++i];
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (!mode.equals("streaming-heap")) {
                throw new IllegalArgumentException("mode '" + mode + "' is not available yet; available: streaming-heap");
            }
            if (records < 1 || keys < 1) {
                throw new IllegalArgumentException("--records and --keys must be positive");
            }
        } catch (RuntimeException e) {
            System.err.println("reduce benchmark: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
        long[] lastCount = new long[keys];
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        final int k = keys;
        env.fromSequence(0, records - 1)
                .map(i -> new Rec((int) (i % k), i, 1L))
                .assignTimestampsAndWatermarks(WatermarkStrategy.<Rec>forMonotonousTimestamps().withTimestampAssigner((r, t) -> r.ts()))
                .keyBy(Rec::key)
                .reduce((a, b) -> new Rec(a.key(), Math.max(a.ts(), b.ts()), a.one() + b.one()))
                .sinkTo(new LastValueSink(lastCount))
                .name("Checking sink");
        long start = System.nanoTime();
        JobExecutionResult result = env.execute("reduce benchmark");
        double seconds = (System.nanoTime() - start) / 1e9;
        for (int key = 0; key < keys; key++) {
            long expected = records / keys + (key < records % keys ? 1 : 0);
            if (lastCount[key] != expected) {
                System.err.printf("reduce benchmark: WRONG RESULT for key %d: count %d, expected %d%n", key, lastCount[key], expected);
                System.exit(1);
            }
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"bench\":\"reduce\",\"mode\":\"%s\",\"records\":%d,\"keys\":%d,\"seconds\":%.3f,\"records_per_s\":%.0f,\"job_ms\":%d}",
                mode, records, keys, seconds, records / seconds, result.getNetRuntime()));
    }

    /** Keeps each key's latest running count; in-process only (the array is shared with main). */
    static final class LastValueSink implements Sink<Rec> {
        private static final long serialVersionUID = 1L;
        private final transient long[] lastCount;

        LastValueSink(long[] lastCount) {
            this.lastCount = lastCount;
        }

        @Override
        public SinkWriter<Rec> createWriter(WriterInitContext context) {
            long[] counts = lastCount;
            return new SinkWriter<>() {
                @Override
                public void write(Rec r, Context ctx) {
                    counts[r.key()] = r.one();
                }

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() {}
            };
        }
    }
}
