package io.ebbflow.runtime.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size in bytes, parsed from text such as {@code 128m}, {@code 64 mb}, {@code 2g} or {@code 4096} (bytes).
 * Units are binary (1k = 1024 bytes), as in Flink.
 *
 * @param bytes the size in bytes, at least 0
 */
public record MemorySize(long bytes) {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([a-zA-Z]*)");

    public MemorySize {
        if (bytes < 0) {
            throw new IllegalArgumentException("memory size must be >= 0, was " + bytes);
        }
    }

    public static MemorySize ofMebiBytes(long mebiBytes) {
        return new MemorySize(mebiBytes << 20);
    }

    /**
     * Parses a memory size.
     *
     * @throws IllegalArgumentException when the text has no number or an unknown unit
     */
    public static MemorySize parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a memory size");
        }
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "b", "bytes" -> 0;
            case "k", "kb", "kib", "kibibytes" -> 10;
            case "m", "mb", "mib", "mebibytes" -> 20;
            case "g", "gb", "gib", "gibibytes" -> 30;
            case "t", "tb", "tib", "tebibytes" -> 40;
            default -> throw new IllegalArgumentException("unknown unit '" + m.group(2) + "'");
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("size overflows a long");
        }
        return new MemorySize(n << shift);
    }

    @Override
    public String toString() {
        if (bytes != 0 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + "g";
        }
        if (bytes != 0 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + "m";
        }
        if (bytes != 0 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + "k";
        }
        return Long.toString(bytes);
    }
}
