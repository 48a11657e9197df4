package io.ebbflow.sorter.testutils;

import io.ebbflow.sorter.SortedGroups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** One key with its values, in a form AssertJ compares by value (hex strings). */
public record Group(String key, List<String> values) {

    private static final HexFormat HEX = HexFormat.of();

    public static String hex(byte[] bytes, int offset, int length) {
        return HEX.formatHex(bytes, offset, offset + length);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Groups records already sorted by key. */
    public static List<Group> fromSorted(List<Rec> sorted) {
        List<Group> groups = new ArrayList<>();
        byte[] last = null;
        List<String> values = null;
        for (Rec r : sorted) {
            if (last == null || !Arrays.equals(last, r.key())) {
                values = new ArrayList<>();
                groups.add(new Group(hex(r.key()), values));
                last = r.key();
            }
            values.add(hex(r.value()));
        }
        return groups;
    }

    /** Reads all of {@code groups}. */
    public static List<Group> readAll(SortedGroups groups) {
        List<Group> out = new ArrayList<>();
        while (groups.nextKey()) {
            List<String> values = new ArrayList<>();
            out.add(new Group(hex(groups.keyBuffer(), groups.keyOffset(), groups.keyLength()), values));
            while (groups.nextValue()) {
                values.add(hex(groups.valueBuffer(), groups.valueOffset(), groups.valueLength()));
            }
        }
        return out;
    }

    /**
     * Reads {@code groups}, reading only a random number of values of some keys, and checks each
     * read prefix of values against {@code expected}; returns the keys seen.
     */
    public static List<String> readSkipping(SortedGroups groups, List<Group> expected, Random random) {
        List<String> keys = new ArrayList<>();
        int g = 0;
        while (groups.nextKey()) {
            String key = hex(groups.keyBuffer(), groups.keyOffset(), groups.keyLength());
            keys.add(key);
            List<String> want = g < expected.size() ? expected.get(g).values() : List.of();
            int limit = random.nextInt(3) == 0 ? random.nextInt(want.size() + 1) : Integer.MAX_VALUE;
            List<String> got = new ArrayList<>();
            while (got.size() < limit && groups.nextValue()) {
                got.add(hex(groups.valueBuffer(), groups.valueOffset(), groups.valueLength()));
            }
            if (!got.equals(want.subList(0, Math.min(want.size(), got.size())))
                    || (limit == Integer.MAX_VALUE && got.size() != want.size())) {
                throw new AssertionError("key " + key + ": got values " + got + ", expected " + want);
            }
            g++;
        }
        return keys;
    }
}
