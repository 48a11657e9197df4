package io.ebbflow.sorter;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebbflow.sorter.encoding.IntKeyEncoder;
import io.ebbflow.sorter.testutils.Group;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoSortedGroupsTest {

    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shouldMatchTreeMapReferenceWhenKeysOverlapPartially(long seed) {
        Random random = new Random(seed);
        TreeMap<Integer, List<String>> left = new TreeMap<>();
        TreeMap<Integer, List<String>> right = new TreeMap<>();
        long budget = random.nextBoolean() ? 16 * 1024 : 4 << 20;
        try (ExternalSorter a = sorter(budget); ExternalSorter b = sorter(budget)) {
            fill(a, left, random, random.nextInt(3000), random.nextInt(200) + 1);
            fill(b, right, random, random.nextInt(3000), random.nextInt(200) + 1);
            boolean skipSome = random.nextBoolean();
            List<String> got = new ArrayList<>();
            try (CoSortedGroups co = CoSortedGroups.of(a.finish(), b.finish())) {
                while (co.nextKey()) {
                    int key = IntKeyEncoder.decode(co.keyBuffer(), co.keyOffset());
                    StringBuilder line = new StringBuilder(key + ":");
                    boolean skipLeft = skipSome && random.nextInt(4) == 0;
                    while (!skipLeft && co.nextLeftValue()) {
                        line.append(" L").append(Group.hex(co.leftValueBuffer(), co.leftValueOffset(), co.leftValueLength()));
                    }
                    line.append(" |");
                    while (co.nextRightValue()) {
                        line.append(" R").append(Group.hex(co.rightValueBuffer(), co.rightValueOffset(), co.rightValueLength()));
                    }
                    if (skipLeft) {
                        line.append(" skipped-left");
                    }
                    assertThat(co.hasLeft()).isEqualTo(left.containsKey(key));
                    assertThat(co.hasRight()).isEqualTo(right.containsKey(key));
                    got.add(line.toString());
                }
                assertThat(co.nextKey()).isFalse();
            }
            List<String> expected = new ArrayList<>();
            TreeSet<Integer> keys = new TreeSet<>(left.keySet());
            keys.addAll(right.keySet());
            int i = 0;
            for (int key : keys) {
                StringBuilder line = new StringBuilder(key + ":");
                boolean skippedLeft = got.get(i).endsWith(" skipped-left");
                if (!skippedLeft) {
                    for (String v : left.getOrDefault(key, List.of())) {
                        line.append(" L").append(v);
                    }
                }
                line.append(" |");
                for (String v : right.getOrDefault(key, List.of())) {
                    line.append(" R").append(v);
                }
                if (skippedLeft) {
                    line.append(" skipped-left");
                }
                expected.add(line.toString());
                i++;
            }
            assertThat(got).isEqualTo(expected);
        }
    }

    private ExternalSorter sorter(long budget) {
        return ExternalSorter.builder().memoryBytes(budget).pageSizeBytes(512).maxFanIn(4)
                .tempDirectories(List.of(tempDir)).build();
    }

    private static void fill(ExternalSorter sorter, Map<Integer, List<String>> reference, Random random, int records, int keyRange) {
        for (int i = 0; i < records; i++) {
            int key = random.nextInt(keyRange) - keyRange / 2;
            byte[] value = new byte[random.nextInt(6)];
            random.nextBytes(value);
            sorter.add(IntKeyEncoder.encode(key), value);
            reference.computeIfAbsent(key, k -> new ArrayList<>()).add(Group.hex(value));
        }
    }
}
