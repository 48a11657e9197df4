package io.ebbflow.sorter.testutils;

import io.ebbflow.sorter.ExternalSorter;
import io.ebbflow.sorter.SortedGroups;
import io.ebbflow.sorter.SorterMetrics;
import io.ebbflow.sorter.encoding.LongKeyEncoder;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

/**
 * Run in a separate JVM by {@code ExternalSorterMemoryIT}: sorts {@code args[0]} random records of
 * an 8-byte key and 8-byte value within a budget of {@code args[1]} bytes, spilling to
 * {@code args[2]}, checks order and count, prints the metrics and exits 0; exits 1 on wrong output.
 */
public final class BoundedMemorySortMain {

    private BoundedMemorySortMain() {
    }

    public static void main(String[] args) {
        long records = Long.parseLong(args[0]);
        long budget = Long.parseLong(args[1]);
        try (ExternalSorter sorter = ExternalSorter.builder().memoryBytes(budget)
                .tempDirectories(List.of(Paths.get(args[2]))).build()) {
            byte[] key = new byte[8];
            byte[] value = new byte[8];
            long x = 0x9E3779B97F4A7C15L;
            for (long i = 0; i < records; i++) {
                x ^= x >>> 12;
                x ^= x << 25;
                x ^= x >>> 27;
                LongKeyEncoder.encode(x, key, 0);
                LongKeyEncoder.encode(i, value, 0);
                sorter.add(key, 0, 8, value, 0, 8);
            }
            long read = 0;
            byte[] previous = new byte[8];
            boolean first = true;
            try (SortedGroups groups = sorter.finish()) {
                while (groups.nextKey()) {
                    if (!first && Arrays.compareUnsigned(previous, 0, 8, groups.keyBuffer(), groups.keyOffset(),
                            groups.keyOffset() + groups.keyLength()) >= 0) {
                        System.err.println("keys out of order at record " + read);
                        System.exit(1);
                    }
                    first = false;
                    System.arraycopy(groups.keyBuffer(), groups.keyOffset(), previous, 0, 8);
                    while (groups.nextValue()) {
                        read++;
                    }
                }
            }
            if (read != records) {
                System.err.println("read " + read + " records, expected " + records);
                System.exit(1);
            }
            SorterMetrics m = sorter.metrics();
            System.out.println(m);
            if (m.peakMemoryReservedBytes() > budget) {
                System.err.println("peak memory " + m.peakMemoryReservedBytes() + " over budget " + budget);
                System.exit(1);
            }
        }
    }
}
