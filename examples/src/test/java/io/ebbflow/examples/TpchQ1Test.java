package io.ebbflow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebbflow.api.StreamExecutionEnvironment;
import io.ebbflow.examples.TpchQ1.Q1Row;
import io.ebbflow.examples.tpch.TpchCommandLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TpchQ1Test {

    private static final double SCALE_FACTOR = 0.01;

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void shouldEqualBundledAnswerWhenRunAtParallelism(int parallelism) throws Exception {
        List<Q1Row> rows = TpchQ1.run(StreamExecutionEnvironment.createLocalEnvironment(parallelism), SCALE_FACTOR);

        List<String[]> expected = TpchAnswers.load(1);
        assertThat(rows).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String[] want = expected.get(i);
            Q1Row row = rows.get(i);
            assertThat(String.valueOf(row.returnFlag())).as("row %d l_returnflag", i).isEqualTo(want[0]);
            assertThat(String.valueOf(row.lineStatus())).as("row %d l_linestatus", i).isEqualTo(want[1]);
            assertThat(row.sumQty()).as("row %d sum_qty", i).isEqualByComparingTo(want[2]);
            assertThat(row.sumBasePrice()).as("row %d sum_base_price", i).isEqualByComparingTo(want[3]);
            assertThat(row.sumDiscPrice()).as("row %d sum_disc_price", i).isEqualByComparingTo(want[4]);
            assertThat(row.sumCharge()).as("row %d sum_charge", i).isEqualByComparingTo(want[5]);
            assertThat(row.avgQty(scaleOf(want[6]))).as("row %d avg_qty", i).isEqualByComparingTo(want[6]);
            assertThat(row.avgPrice(scaleOf(want[7]))).as("row %d avg_price", i).isEqualByComparingTo(want[7]);
            assertThat(row.avgDisc(scaleOf(want[8]))).as("row %d avg_disc", i).isEqualByComparingTo(want[8]);
            assertThat(row.countOrder()).as("row %d count_order", i).isEqualTo(Long.parseLong(want[9]));
        }
    }

    @Test
    void shouldPrintBundledAnswerWhenRunFromCommandLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = execute(out, err, "--sf", "0.01", "--parallelism", "2");

        assertThat(exitCode).as("stderr: %s", err).isEqualTo(TpchCommandLine.EXIT_OK);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("-- delimiter: |;");
        assertThat(lines).allSatisfy(line -> assertThat(line).satisfiesAnyOf(
                l -> assertThat(l).startsWith("--"), l -> assertThat(l).endsWith("|")));
        TpchAnswers.assertSameRows(TpchAnswers.parse(lines), TpchAnswers.load(1));
    }

    @Test
    void shouldPrintUsageAndExitZeroWhenHelpIsAsked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = execute(out, err, "--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Usage: io.ebbflow.examples.TpchQ1 ")
                .contains("--sf", "--parallelism");
        assertThat(err.size()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--bogus", "--sf", "--sf=zero", "--sf=-1", "--parallelism=0", "--parallelism=x"})
    void shouldPrintUsageAndExitTwoWhenAnArgumentIsBad(String argument) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = execute(out, err, argument);

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(argument.split("=")[0]).contains("Usage: ");
        assertThat(out.size()).isZero();
    }

    private static int scaleOf(String number) {
        return new BigDecimal(number).scale();
    }

    private static int execute(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return TpchQ1.execute(args, o, e);
        }
    }
}
