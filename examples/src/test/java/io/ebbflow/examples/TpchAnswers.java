package io.ebbflow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The TPC-H answers at scale factor 0.01 bundled in the {@code io.trino.tpch} jar, e.g.
 * {@code io/trino/tpch/queries/q1.result}: comment lines start with {@code --}; each other line is a row of
 * {@code |}-separated columns, usually with a trailing {@code |}, and numbers as printed by the reference
 * database (so {@code 380456} and {@code 8971.00} in one column).
 */
final class TpchAnswers {

    private TpchAnswers() {}

    /** The rows of {@code q<number>.result}, each as its columns. */
    static List<String[]> load(int queryNumber) {
        String resource = "io/trino/tpch/queries/q" + queryNumber + ".result";
        try (InputStream in = TpchAnswers.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("class path resource %s", resource).isNotNull();
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The rows of answer-file lines: comment and blank lines skipped, a trailing {@code |} optional. */
    static List<String[]> parse(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("--")) {
                rows.add(line.split("\\|"));
            }
        }
        return rows;
    }

    /**
     * Asserts that {@code actual} has the rows of {@code expected} in order: numbers equal in value (whatever
     * their printed scale), other columns equal as strings.
     */
    static void assertSameRows(List<String[]> actual, List<String[]> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int r = 0; r < expected.size(); r++) {
            String[] want = expected.get(r);
            String[] got = actual.get(r);
            assertThat(got).as("row %d", r).hasSameSizeAs(want);
            for (int c = 0; c < want.length; c++) {
                BigDecimal wantNumber = number(want[c]);
                if (wantNumber == null) {
                    assertThat(got[c]).as("row %d column %d", r, c).isEqualTo(want[c]);
                } else {
                    assertThat(new BigDecimal(got[c])).as("row %d column %d", r, c).isEqualByComparingTo(wantNumber);
                }
            }
        }
    }

    /** {@code text} as a number, or null when it is not one. */
    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
