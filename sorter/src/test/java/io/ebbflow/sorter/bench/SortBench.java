package io.ebbflow.sorter.bench;

import io.ebbflow.sorter.ExternalSorter;
import io.ebbflow.sorter.SortedGroups;
import io.ebbflow.sorter.SorterMetrics;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Command-line sort benchmark: adds random records, sorts, reads them back checking order and
 * count, and prints one JSON line on stdout. Exit 1 (message on stderr) if the output is wrong.
 *
 * <pre>
 * java -cp ... io.ebbflow.sorter.bench.SortBench --records 10000000 --key-bytes 8 --value-bytes 8 \
 *     --memory 64m [--temp-dir D] [--fan-in F] [--seed S] [--page-size P] [--rounds R]
 * </pre>
 *
 * <p>The timed part is add (including generating the random bytes), finish, and reading every
 * record back. Building the sorter is not timed; its pages are allocated lazily, inside the first
 * round. With {@code --rounds R > 1} the same sorter sorts R times (reset in between, as the runtime
 * does at each backlog phase) and the JSON reports the last round, with {@code first_round_seconds}.
 * With {@code -Dsortbench.verbose=true} a phase breakdown goes to stderr.
 */
public final class SortBench {

    private SortBench() {
    }

    public static void main(String[] args) {
        long records = 10_000_000;
        int keyBytes = 8;
        int valueBytes = 8;
        long memory = 64L << 20;
        Path tempDir = Paths.get(System.getProperty("java.io.tmpdir"));
        int fanIn = 128;
        long seed = 42;
        int pageSize = 32 * 1024;
        int rounds = 1;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length) {
                usage("missing value for " + arg);
            }
            String value = args[++i];
            switch (arg) {
                case "--records" -> records = Long.parseLong(value);
                case "--key-bytes" -> keyBytes = Integer.parseInt(value);
                case "--value-bytes" -> valueBytes = Integer.parseInt(value);
                case "--memory" -> memory = parseSize(value);
                case "--temp-dir" -> tempDir = Paths.get(value);
                case "--fan-in" -> fanIn = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--page-size" -> pageSize = (int) parseSize(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                default -> usage("unknown option " + arg);
            }
        }
        if (keyBytes < 1 || valueBytes < 0 || records < 0 || rounds < 1) {
            usage("need --key-bytes >= 1, --value-bytes >= 0, --records >= 0, --rounds >= 1");
        }

        try (ExternalSorter sorter = ExternalSorter.builder()
                .memoryBytes(memory)
                .pageSizeBytes(pageSize)
                .tempDirectories(List.of(tempDir))
                .maxFanIn(fanIn)
                .build()) {
            long firstNanos = 0;
            long nanos = 0;
            SorterMetrics before = sorter.metrics();
            SorterMetrics after = before;
            for (int round = 0; round < rounds; round++) {
                if (round > 0) {
                    sorter.reset();
                }
                before = sorter.metrics();
                nanos = round(sorter, records, keyBytes, valueBytes, seed + round);
                after = sorter.metrics();
                if (round == 0) {
                    firstNanos = nanos;
                }
            }
            double seconds = nanos / 1e9;
            System.out.println(String.format(Locale.ROOT,
                    "{\"bench\":\"sort\",\"records\":%d,\"key_bytes\":%d,\"value_bytes\":%d,\"memory_bytes\":%d,"
                            + "\"seconds\":%.3f,\"records_per_s\":%.0f,\"bytes_spilled\":%d,\"runs\":%d,\"merge_passes\":%d,"
                            + "\"sort_s\":%.3f,\"spill_s\":%.3f,\"merge_s\":%.3f,\"peak_memory_bytes\":%d,"
                            + "\"rounds\":%d,\"first_round_seconds\":%.3f}",
                    records, keyBytes, valueBytes, memory, seconds, records / seconds,
                    after.bytesSpilled() - before.bytesSpilled(), after.runsSpilled() - before.runsSpilled(),
                    after.mergePasses() - before.mergePasses(), (after.sortNanos() - before.sortNanos()) / 1e9,
                    (after.spillNanos() - before.spillNanos()) / 1e9, (after.mergeNanos() - before.mergeNanos()) / 1e9,
                    after.peakMemoryReservedBytes(), rounds, firstNanos / 1e9));
        }
    }

    /** One timed sort; exits the JVM with status 1 if the output is wrong. */
    private static long round(ExternalSorter sorter, long records, int keyBytes, int valueBytes, long seed) {
        byte[] key = new byte[keyBytes];
        byte[] value = new byte[valueBytes];
        long state = seed * 0x9E3779B97F4A7C15L + 1;

        long start = System.nanoTime();
        for (long r = 0; r < records; r++) {
            for (int i = 0; i < keyBytes; i += 8) {
                state = next(state);
                putLong(key, i, keyBytes, state);
            }
            if (valueBytes > 0) {
                putLong(value, 0, valueBytes, r);
            }
            sorter.add(key, 0, keyBytes, value, 0, valueBytes);
        }
        long added = System.nanoTime();
        long read = 0;
        long errors = 0;
        byte[] previous = new byte[keyBytes];
        boolean first = true;
        long sorted;
        try (SortedGroups groups = sorter.finish()) {
            sorted = System.nanoTime();
            while (groups.nextKey()) {
                byte[] kb = groups.keyBuffer();
                int ko = groups.keyOffset();
                int kl = groups.keyLength();
                if (kl != keyBytes || (!first && Arrays.compareUnsigned(previous, 0, keyBytes, kb, ko, ko + kl) >= 0)) {
                    if (errors++ < 10) {
                        System.err.println("wrong order or key length at record " + read);
                    }
                }
                first = false;
                System.arraycopy(kb, ko, previous, 0, keyBytes);
                while (groups.nextValue()) {
                    if (groups.valueLength() != valueBytes) {
                        errors++;
                    }
                    read++;
                }
            }
        }
        long end = System.nanoTime();
        if (read != records) {
            System.err.println("read " + read + " records, expected " + records);
            System.exit(1);
        }
        if (errors > 0) {
            System.err.println(errors + " records out of order");
            System.exit(1);
        }
        if (Boolean.getBoolean("sortbench.verbose")) {
            System.err.printf(Locale.ROOT, "add %.3f s, finish %.3f s, read %.3f s%n",
                    (added - start) / 1e9, (sorted - added) / 1e9, (end - sorted) / 1e9);
        }
        return end - start;
    }

    private static long next(long x) {
        // xorshift64
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        return x;
    }

    private static void putLong(byte[] target, int offset, int length, long v) {
        long scrambled = v * 0x2545F4914F6CDD1DL;
        int end = Math.min(length, offset + 8);
        for (int i = offset; i < end; i++) {
            target[i] = (byte) (scrambled >>> 56);
            scrambled <<= 8;
        }
    }

    static long parseSize(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long multiplier = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            multiplier = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        return Long.parseLong(t) * multiplier;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: SortBench --records N --key-bytes K --value-bytes V --memory 64m|2g"
                + " [--temp-dir D] [--fan-in F] [--seed S] [--page-size P] [--rounds R]");
        System.exit(2);
    }
}
