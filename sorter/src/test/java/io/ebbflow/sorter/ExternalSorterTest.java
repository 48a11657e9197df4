package io.ebbflow.sorter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebbflow.sorter.encoding.LongKeyEncoder;
import io.ebbflow.sorter.testutils.Group;
import io.ebbflow.sorter.testutils.Rec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSorterTest {

    @TempDir
    Path tempDir;

    private ExternalSorter.Builder builder(long memoryBytes, int pageSize) {
        return ExternalSorter.builder().memoryBytes(memoryBytes).pageSizeBytes(pageSize).tempDirectories(List.of(tempDir));
    }

    @Test
    void shouldReturnNoKeysWhenInputIsEmpty() {
        try (ExternalSorter sorter = builder(1 << 20, 4096).build(); SortedGroups groups = sorter.finish()) {
            assertThat(groups.nextValue()).isFalse();
            assertThat(groups.nextKey()).isFalse();
            assertThat(groups.nextKey()).isFalse();
        }
    }

    @Test
    void shouldMergeManyRunsInSeveralPassesWhenInputIs20TimesTheBudgetAndFanInIs4() {
        long budget = 64 * 1024;
        Random random = new Random(7);
        List<Rec> input = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; bytes < 20 * budget; i++) {
            byte[] key = LongKeyEncoder.encode(random.nextInt(5000) - 2500L);
            byte[] value = new byte[random.nextInt(24)];
            random.nextBytes(value);
            input.add(new Rec(key, value, i));
            bytes += key.length + value.length + 8;
        }
        try (ExternalSorter sorter = builder(budget, 1024).maxFanIn(4).build()) {
            for (Rec r : input) {
                sorter.add(r.key(), r.value());
            }
            List<Rec> expected = new ArrayList<>(input);
            expected.sort(Rec.BY_KEY);
            try (SortedGroups groups = sorter.finish()) {
                assertThat(Group.readAll(groups)).isEqualTo(Group.fromSorted(expected));
            }
            SorterMetrics m = sorter.metrics();
            assertThat(m.runsSpilled()).isGreaterThan(16);
            assertThat(m.mergePasses()).isGreaterThan(1);
            assertThat(m.recordsIn()).isEqualTo(input.size());
            assertThat(m.bytesSpilled()).isGreaterThan(bytes);
            assertThat(m.peakMemoryReservedBytes()).isLessThanOrEqualTo(budget);
            assertThat(m.sortNanos()).isPositive();
            assertThat(m.spillNanos()).isPositive();
            assertThat(m.mergeNanos()).isPositive();
        }
    }

    @Test
    void shouldOrderLongKeysWithEqualPrefixesByAllBytesAndKeepArrivalOrderWhenKeysRepeat() {
        // 8 equal leading bytes force the full-key fix-up pass, with runs large enough for its quicksort.
        Random random = new Random(3);
        List<Rec> input = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            byte[] key = new byte[8 + random.nextInt(4)];
            Arrays.fill(key, 0, 8, (byte) 0x7F);
            for (int j = 8; j < key.length; j++) {
                key[j] = (byte) random.nextInt(3);
            }
            input.add(new Rec(key, LongKeyEncoder.encode(i), i));
        }
        try (ExternalSorter sorter = builder(16 << 20, 4096).build()) {
            for (Rec r : input) {
                sorter.add(r.key(), r.value());
            }
            List<Rec> expected = new ArrayList<>(input);
            expected.sort(Rec.BY_KEY);
            try (SortedGroups groups = sorter.finish()) {
                assertThat(Group.readAll(groups)).isEqualTo(Group.fromSorted(expected));
            }
            assertThat(sorter.metrics().runsSpilled()).isZero();
        }
    }

    @Test
    void shouldSortAgainAfterResetReusingPages() {
        try (ExternalSorter sorter = builder(64 * 1024, 1024).build()) {
            for (int round = 0; round < 3; round++) {
                for (long i = 0; i < 5000; i++) {
                    sorter.add(LongKeyEncoder.encode(4999 - i), LongKeyEncoder.encode(round));
                }
                long reservedAfterAdds = sorter.metrics().memoryReservedBytes();
                try (SortedGroups groups = sorter.finish()) {
                    long expectedKey = 0;
                    while (groups.nextKey()) {
                        assertThat(LongKeyEncoder.decode(groups.keyBuffer(), groups.keyOffset())).isEqualTo(expectedKey++);
                        assertThat(groups.nextValue()).isTrue();
                        assertThat(LongKeyEncoder.decode(groups.valueBuffer(), groups.valueOffset())).isEqualTo(round);
                    }
                    assertThat(expectedKey).isEqualTo(5000);
                }
                assertThat(reservedAfterAdds).isLessThanOrEqualTo(64 * 1024);
                sorter.reset();
            }
            assertThat(sorter.metrics().peakMemoryReservedBytes()).isLessThanOrEqualTo(64 * 1024);
        }
    }

    @Test
    void shouldKeepMemoryAccountingWithinBudgetWhileSpillingAndMerging() {
        long[] budgets = {4096, 10_000, 64 * 1024, 1 << 20};
        for (long budget : budgets) {
            try (ExternalSorter sorter = builder(budget, 256).maxFanIn(3).build()) {
                Random random = new Random(budget);
                byte[] value = new byte[100];
                for (int i = 0; i < 30_000; i++) {
                    sorter.add(LongKeyEncoder.encode(random.nextLong()), 0, 8, value, 0, random.nextInt(100));
                    if (i % 1000 == 0) {
                        assertThat(sorter.metrics().memoryReservedBytes()).isLessThanOrEqualTo(budget);
                    }
                }
                try (SortedGroups groups = sorter.finish()) {
                    assertThat(sorter.metrics().memoryReservedBytes()).isLessThanOrEqualTo(budget);
                    int n = 0;
                    while (groups.nextKey()) {
                        while (groups.nextValue()) {
                            n++;
                        }
                    }
                    assertThat(n).isEqualTo(30_000);
                }
                assertThat(sorter.metrics().peakMemoryReservedBytes()).as("budget %d", budget).isLessThanOrEqualTo(budget);
            }
        }
    }

    @Test
    void shouldRejectBudgetWhenTooSmallForPageSize() {
        assertThatThrownBy(() -> builder(1000, 1024).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("memoryBytes=1000")
                .hasMessageContaining("pageSizeBytes=1024");
        assertThatThrownBy(() -> ExternalSorter.builder().pageSizeBytes(1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000");
        assertThatThrownBy(() -> ExternalSorter.builder().maxFanIn(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1");
    }

    @Test
    void shouldRejectRecordWithSizeAndLimitWhenLargerThanAPage() {
        try (ExternalSorter sorter = builder(1 << 20, 1024).build()) {
            byte[] big = new byte[1020];
            assertThatThrownBy(() -> sorter.add(big, 0, 10, big, 0, 1010))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1028 bytes")
                    .hasMessageContaining("limit of 1024 bytes");
            assertThatThrownBy(() -> sorter.add(out -> {
                out.write(big, 0, 4);
                out.endKey();
                out.write(big, 0, 1000);
                out.write(big, 0, 1000);
            })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit of 1024 bytes");
            // the sorter is still usable and the rejected records left nothing behind
            sorter.add(new byte[] {1}, new byte[] {2});
            try (SortedGroups groups = sorter.finish()) {
                assertThat(Group.readAll(groups)).containsExactly(new Group("01", List.of("02")));
            }
        }
    }

    @Test
    void shouldDiscardRecordWhenWriterThrowsOrForgetsEndKey() {
        try (ExternalSorter sorter = builder(1 << 20, 1024).build()) {
            assertThatThrownBy(() -> sorter.add(out -> {
                out.writeByte(9);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThatThrownBy(() -> sorter.add(out -> out.writeByte(9)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("endKey");
            sorter.add(out -> {
                out.writeLongBigEndian(5);
                out.endKey();
                out.writeIntBigEndian(6);
            });
            try (SortedGroups groups = sorter.finish()) {
                assertThat(Group.readAll(groups)).containsExactly(new Group("0000000000000005", List.of("00000006")));
            }
            assertThat(sorter.metrics().recordsIn()).isEqualTo(1);
        }
    }

    @Test
    void shouldRefuseAddWhenFinishedAndAllowCloseTwice() {
        ExternalSorter sorter = builder(1 << 20, 1024).build();
        sorter.add(new byte[] {1}, new byte[0]);
        SortedGroups groups = sorter.finish();
        assertThatThrownBy(() -> sorter.add(new byte[] {1}, new byte[0]))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reset()");
        assertThatThrownBy(sorter::finish).isInstanceOf(IllegalStateException.class);
        groups.close();
        groups.close();
        sorter.close();
        sorter.close();
        assertThatThrownBy(() -> sorter.add(new byte[] {1}, new byte[0]))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
