package io.ebbflow.sorter.jmh;

import io.ebbflow.sorter.ExternalSorter;
import io.ebbflow.sorter.KeyAndValueWriter;
import io.ebbflow.sorter.RecordOutput;
import io.ebbflow.sorter.SortedGroups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Add-and-iterate throughput per record, in memory and with spilling. One operation is one record
 * (added, sorted, read back). Run with the test classpath:
 * {@code java -cp <test classpath> org.openjdk.jmh.Main SorterBenchmark -prof gc}; with
 * {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes allocated per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class SorterBenchmark {

    private static final int RECORDS = 1 << 20;

    /** memory budget in bytes: 256 MiB keeps everything in memory, 4 MiB spills about 10 runs */
    @Param({"268435456", "4194304"})
    public long memoryBytes;

    private ExternalSorter sorter;
    private Path tempDir;
    private final byte[] key = new byte[8];
    private final byte[] value = new byte[8];
    private final LongWriter writer = new LongWriter();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        tempDir = Files.createTempDirectory("sorter-jmh");
        sorter = ExternalSorter.builder().memoryBytes(memoryBytes).tempDirectories(List.of(tempDir)).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        sorter.close();
        Files.deleteIfExists(tempDir);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long addCopyAndIterate(Blackhole blackhole) {
        sorter.reset();
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < RECORDS; i++) {
            x = next(x);
            putLong(key, x);
            putLong(value, i);
            sorter.add(key, 0, 8, value, 0, 8);
        }
        return iterate(blackhole);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long addWriterAndIterate(Blackhole blackhole) {
        sorter.reset();
        long x = 0x9E3779B97F4A7C15L;
        LongWriter w = writer;
        for (int i = 0; i < RECORDS; i++) {
            x = next(x);
            w.key = x;
            w.value = i;
            sorter.add(w);
        }
        return iterate(blackhole);
    }

    private long iterate(Blackhole blackhole) {
        long sum = 0;
        try (SortedGroups groups = sorter.finish()) {
            while (groups.nextKey()) {
                blackhole.consume(groups.keyBuffer()[groups.keyOffset()]);
                while (groups.nextValue()) {
                    sum += groups.valueLength() + groups.valueBuffer()[groups.valueOffset()];
                }
            }
        }
        return sum;
    }

    private static long next(long x) {
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        return x;
    }

    private static void putLong(byte[] target, long v) {
        for (int i = 0; i < 8; i++) {
            target[i] = (byte) (v >>> (56 - 8 * i));
        }
    }

    /** A reusable writer: no lambda capture, so no allocation per record. */
    private static final class LongWriter implements KeyAndValueWriter {
        long key;
        long value;

        @Override
        public void write(RecordOutput out) {
            out.writeLongBigEndian(key);
            out.endKey();
            out.writeLong(value);
        }
    }
}
