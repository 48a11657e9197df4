package io.ebbflow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebbflow.api.StreamExecutionEnvironment;
import io.ebbflow.examples.TpchQ4.Q4Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TpchQ4Test {

    private static final double SCALE_FACTOR = 0.01;

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void shouldEqualBundledAnswerWhenRunAtParallelism(int parallelism) throws Exception {
        List<Q4Row> rows = TpchQ4.run(StreamExecutionEnvironment.createLocalEnvironment(parallelism), SCALE_FACTOR);

        List<String[]> expected = TpchAnswers.load(4);
        assertThat(rows).extracting(Q4Row::orderPriority).containsExactlyElementsOf(
                expected.stream().map(columns -> columns[0]).toList());
        assertThat(rows).extracting(Q4Row::orderCount).containsExactlyElementsOf(
                expected.stream().map(columns -> Long.parseLong(columns[1])).toList());
    }

    @Test
    void shouldPrintBundledAnswerWhenRunFromCommandLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = execute(out, err, "--sf=0.01", "--parallelism=3");

        assertThat(exitCode).as("stderr: %s", err).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("-- delimiter: |; ignoreOrder: false; types: LONGNVARCHAR|BIGINT");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "1-URGENT|93|", "2-HIGH|103|", "3-MEDIUM|109|", "4-NOT SPECIFIED|102|", "5-LOW|128|");
        TpchAnswers.assertSameRows(TpchAnswers.parse(lines), TpchAnswers.load(4));
    }

    @Test
    void shouldPrintUsageAndExitZeroWhenHelpIsAsked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = execute(out, err, "-h");

        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Usage: io.ebbflow.examples.TpchQ4 ")
                .contains("Q4");
        assertThat(err.size()).isZero();
    }

    @Test
    void shouldPrintUsageAndExitTwoWhenParallelismIsMissing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = execute(out, err, "--sf", "0.01", "--parallelism");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--parallelism needs a value", "Usage: ");
        assertThat(out.size()).isZero();
    }

    private static int execute(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return TpchQ4.execute(args, o, e);
        }
    }
}
