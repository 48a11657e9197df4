package io.ebbflow.sorter;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebbflow.sorter.testutils.Group;
import io.ebbflow.sorter.testutils.Rec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random inputs and budgets, from "everything fits" to "a spill every few records", against a
 * reference stable sort ({@link List#sort} is stable).
 */
class ExternalSorterPropertyTest {

    private static final int[] PAGE_SIZES = {64, 128, 256, 1024, 4096, 32 * 1024};

    private static final AtomicInteger SPILLING_ROUNDS = new AtomicInteger();
    private static final AtomicInteger INTERMEDIATE_MERGE_ROUNDS = new AtomicInteger();

    @TempDir
    Path tempDir;

    @AfterAll
    static void shouldHaveCoveredSpillsAndIntermediateMerges() {
        assertThat(SPILLING_ROUNDS.get()).as("rounds that spilled").isGreaterThan(20);
        assertThat(INTERMEDIATE_MERGE_ROUNDS.get()).as("rounds with intermediate merges").isGreaterThan(5);
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(120);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldMatchReferenceStableSortWhenInputAndBudgetAreRandom(long seed) throws Exception {
        Random random = new Random(seed);
        Scenario scenario = Scenario.random(random);
        Path dirA = tempDir.resolve("a");
        Path dirB = tempDir.resolve("b");
        try (ExternalSorter sorter = ExternalSorter.builder()
                .memoryBytes(scenario.memoryBytes)
                .pageSizeBytes(scenario.pageSize)
                .maxFanIn(scenario.fanIn)
                .tempDirectories(List.of(dirA, dirB))
                .build()) {
            int rounds = 1 + random.nextInt(2);
            for (int round = 0; round < rounds; round++) {
                List<Rec> input = scenario.records(random);
                long runsBefore = sorter.metrics().runsSpilled();
                long passesBefore = sorter.metrics().mergePasses();
                long recordsBefore = sorter.metrics().recordsIn();
                for (Rec r : input) {
                    add(sorter, r, random);
                }
                List<Rec> expected = new ArrayList<>(input);
                expected.sort(Rec.BY_KEY);
                List<Group> expectedGroups = Group.fromSorted(expected);

                try (SortedGroups groups = sorter.finish()) {
                    if (random.nextBoolean()) {
                        assertThat(Group.readAll(groups)).as("%s round %d", scenario, round).isEqualTo(expectedGroups);
                    } else {
                        List<String> keys = Group.readSkipping(groups, expectedGroups, random);
                        assertThat(keys).as("%s round %d", scenario, round)
                                .isEqualTo(expectedGroups.stream().map(Group::key).toList());
                    }
                    assertThat(groups.nextKey()).isFalse();
                    assertThat(groups.nextValue()).isFalse();
                }
                SorterMetrics metrics = sorter.metrics();
                if (metrics.runsSpilled() > runsBefore) {
                    SPILLING_ROUNDS.incrementAndGet();
                }
                if (metrics.mergePasses() > passesBefore + 1) {
                    INTERMEDIATE_MERGE_ROUNDS.incrementAndGet();
                }
                assertThat(metrics.recordsIn()).isEqualTo(recordsBefore + input.size());
                assertThat(metrics.peakMemoryReservedBytes()).isLessThanOrEqualTo(scenario.memoryBytes);
                assertThat(sorter.spillFiles()).isEmpty();
                sorter.reset();
            }
        }
        assertThat(listFiles(dirA)).isEmpty();
        assertThat(listFiles(dirB)).isEmpty();
    }

    private static void add(ExternalSorter sorter, Rec r, Random random) {
        if (random.nextBoolean()) {
            // copy path, from the middle of larger arrays
            byte[] key = pad(r.key(), 3);
            byte[] value = pad(r.value(), 5);
            sorter.add(key, 3, r.key().length, value, 5, r.value().length);
        } else {
            boolean byteWise = random.nextInt(4) == 0;
            sorter.add(out -> {
                if (byteWise) {
                    for (byte b : r.key()) {
                        out.writeByte(b);
                    }
                } else {
                    out.write(r.key(), 0, r.key().length);
                }
                out.endKey();
                out.write(r.value(), 0, r.value().length);
            });
        }
    }

    private static byte[] pad(byte[] bytes, int offset) {
        byte[] padded = new byte[bytes.length + offset + 2];
        System.arraycopy(bytes, 0, padded, offset, bytes.length);
        return padded;
    }

    static List<Path> listFiles(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private record Scenario(int pageSize, long memoryBytes, int fanIn, int records, int maxKeyLength,
                            int alphabet, int distinctKeys, int maxValueLength) {

        static Scenario random(Random random) {
            int pageSize = PAGE_SIZES[random.nextInt(PAGE_SIZES.length)];
            long memoryBytes = switch (random.nextInt(4)) {
                case 0 -> 64L << 20; // everything fits
                case 1 -> pageSize * (12L + random.nextInt(8)); // a spill every few records
                default -> pageSize * (12L + random.nextInt(200));
            };
            int fanIn = random.nextBoolean() ? 2 + random.nextInt(6) : 128;
            int records = switch (random.nextInt(6)) {
                case 0 -> random.nextInt(3);
                case 1 -> random.nextInt(100);
                default -> random.nextInt(4000);
            };
            int maxKeyLength = switch (random.nextInt(3)) {
                case 0 -> 8;
                case 1 -> 3;
                default -> 20;
            };
            int alphabet = random.nextBoolean() ? 3 : 256;
            int distinctKeys = random.nextBoolean() ? 1 + random.nextInt(20) : Integer.MAX_VALUE;
            int maxValueLength = Math.min(random.nextBoolean() ? 4 : 40, pageSize - 8 - maxKeyLength);
            return new Scenario(pageSize, memoryBytes, fanIn, records, maxKeyLength, alphabet, distinctKeys, maxValueLength);
        }

        List<Rec> records(Random random) {
            List<byte[]> keyPool = new ArrayList<>();
            List<Rec> out = new ArrayList<>(records);
            for (int i = 0; i < records; i++) {
                byte[] key;
                if (distinctKeys != Integer.MAX_VALUE && keyPool.size() >= distinctKeys) {
                    key = keyPool.get(random.nextInt(keyPool.size()));
                } else {
                    key = randomBytes(random, maxKeyLength == 8 && random.nextInt(4) > 0 ? 8 : random.nextInt(maxKeyLength + 1));
                    keyPool.add(key);
                }
                byte[] value = randomBytes(random, random.nextInt(maxValueLength + 1));
                out.add(new Rec(key, value, i));
            }
            return out;
        }

        private byte[] randomBytes(Random random, int length) {
            byte[] b = new byte[length];
            for (int i = 0; i < length; i++) {
                b[i] = (byte) (alphabet == 256 ? random.nextInt(256) : new int[] {0, 1, 255}[random.nextInt(3)]);
            }
            return b;
        }
    }
}
