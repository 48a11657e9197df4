package io.ebbflow.runtime.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations the way Flink's configuration does: a number and a unit ({@code 100 ms}, {@code 10s}, {@code 1 min}). */
public final class TimeUtils {

    private static final Pattern DURATION = Pattern.compile("(-?\\d+)\\s*([a-zA-Z]*)");

    private TimeUtils() {}

    /**
     * Parses a duration; a bare number means milliseconds.
     *
     * @throws IllegalArgumentException when the text is not a number with a known unit
     */
    public static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "ms", "milli", "millis", "millisecond", "milliseconds" -> Duration.ofMillis(n);
            case "us", "micro", "micros", "microsecond", "microseconds" -> Duration.ofNanos(n * 1000);
            case "ns", "nano", "nanos", "nanosecond", "nanoseconds" -> Duration.ofNanos(n);
            case "s", "sec", "secs", "second", "seconds" -> Duration.ofSeconds(n);
            case "m", "min", "mins", "minute", "minutes" -> Duration.ofMinutes(n);
            case "h", "hour", "hours" -> Duration.ofHours(n);
            case "d", "day", "days" -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("unknown time unit '" + m.group(2) + "'");
        };
    }

    /** Formats a duration in the largest unit that represents it exactly, e.g. {@code 100 ms} or {@code 10 s}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + " min";
        }
        if (ms != 0 && ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return ms + " ms";
    }
}
