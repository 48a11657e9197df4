package io.ebbflow.examples;

import io.ebbflow.api.CloseableIterator;
import io.ebbflow.api.StreamExecutionEnvironment;
import io.ebbflow.api.eventtime.WatermarkStrategy;
import io.ebbflow.api.functions.AggregateFunction;
import io.ebbflow.examples.tpch.AnswerFormat;
import io.ebbflow.examples.tpch.EndOfInputAggregation;
import io.ebbflow.examples.tpch.LineItemRow;
import io.ebbflow.examples.tpch.TpchCommandLine;
import io.ebbflow.examples.tpch.TpchSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TPC-H query 1, the pricing summary report, as a DataStream job:
 *
 * <pre>
 * SELECT l_returnflag, l_linestatus, sum(l_quantity), sum(l_extendedprice),
 *        sum(l_extendedprice * (1 - l_discount)), sum(l_extendedprice * (1 - l_discount) * (1 + l_tax)),
 *        avg(l_quantity), avg(l_extendedprice), avg(l_discount), count(*)
 * FROM lineitem WHERE l_shipdate &lt;= date '1998-12-01' - interval '90' day
 * GROUP BY l_returnflag, l_linestatus ORDER BY l_returnflag, l_linestatus
 * </pre>
 *
 * <p>The job filters the generated {@code lineitem} table, keys it by (return flag, line status) and
 * aggregates each group with {@link EndOfInputAggregation}, which emits one row per group at the end of
 * input. The client sorts the (four) rows. Money is aggregated exactly, as longs in units of 10<sup>-2</sup>,
 * 10<sup>-4</sup> and 10<sup>-6</sup>; an overflow (beyond scale factor 100 or so) fails the job with an
 * {@link ArithmeticException} rather than returning a wrong sum.
 *
 * <p>Run: {@code java -cp <examples classpath> io.ebbflow.examples.TpchQ1 [--sf 0.01] [--parallelism N]}.
 */
public final class TpchQ1 {

    /** {@code l_shipdate <= date '1998-12-01' - interval '90' day}, i.e. on or before 1998-09-02. */
    public static final LocalDate SHIP_DATE_CUTOFF = LocalDate.of(1998, 12, 1).minusDays(90);

    /** The scale of the averages in the answer. */
    public static final int ANSWER_AVERAGE_SCALE = 2;

    private static final String DESCRIPTION =
            "TPC-H Q1, the pricing summary report: lineitem shipped by 1998-09-02, per return flag and line status.";

    private static final Comparator<Q1Row> ORDER_BY =
            Comparator.comparing(Q1Row::returnFlag).thenComparing(Q1Row::lineStatus);

    private TpchQ1() {}

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /**
     * Runs the command line {@code args} (see {@link TpchCommandLine}), printing to {@code out} and {@code err}.
     *
     * @return the exit code: 0 on success or {@code --help}, 2 for a bad argument, 1 when the job fails
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return TpchCommandLine.execute(TpchQ1.class.getName(), DESCRIPTION, (env, sf) -> answer(run(env, sf)), args,
                out, err);
    }

    /**
     * Runs Q1 over the {@code lineitem} table generated at {@code scaleFactor}, with {@code env}'s parallelism.
     *
     * @param scaleFactor the TPC-H scale factor, positive
     * @return one row per (return flag, line status), ordered by both
     * @throws IllegalArgumentException when {@code scaleFactor} is not positive
     * @throws Exception when the job fails
     */
    public static List<Q1Row> run(StreamExecutionEnvironment env, double scaleFactor) throws Exception {
        int cutoffEpochDay = Math.toIntExact(SHIP_DATE_CUTOFF.toEpochDay());
        List<Q1Row> rows = new ArrayList<>();
        try (CloseableIterator<Q1Row> result = env
                .fromSource(TpchSource.lineItems(scaleFactor), WatermarkStrategy.noWatermarks(), "TPC-H lineitem")
                .filter(item -> item.shipDateEpochDay() <= cutoffEpochDay).name("l_shipdate <= " + SHIP_DATE_CUTOFF)
                .keyBy(item -> new Group(item.returnFlag(), item.lineStatus()))
                .process(new EndOfInputAggregation<>(new PricingSummary(), PricingSummary.Accumulator.class))
                .name("Pricing summary per l_returnflag, l_linestatus")
                .executeAndCollect("TPC-H Q1 at scale factor " + scaleFactor)) {
            result.forEachRemaining(rows::add);
        }
        rows.sort(ORDER_BY);
        return rows;
    }

    /** The answer's lines: the header, then each row as {@link Q1Row#toAnswerLine()}. */
    public static List<String> answer(List<Q1Row> rows) {
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(AnswerFormat.header("VARCHAR", "VARCHAR", "DECIMAL", "DECIMAL", "DECIMAL", "DECIMAL", "DECIMAL",
                "DECIMAL", "DECIMAL", "BIGINT"));
        rows.forEach(row -> lines.add(row.toAnswerLine()));
        return lines;
    }

    /** The grouping key: {@code (l_returnflag, l_linestatus)}. */
    record Group(char returnFlag, char lineStatus) {}

    /**
     * One row of Q1's answer, with exact sums; the averages are computed from them at the scale asked for.
     *
     * @param sumQty {@code sum(l_quantity)}, scale 2
     * @param sumBasePrice {@code sum(l_extendedprice)}, scale 2
     * @param sumDiscPrice {@code sum(l_extendedprice * (1 - l_discount))}, scale 4
     * @param sumCharge {@code sum(l_extendedprice * (1 - l_discount) * (1 + l_tax))}, scale 6
     * @param sumDisc {@code sum(l_discount)}, scale 2, the numerator of {@code avg_disc}
     * @param countOrder {@code count(*)}, at least 1
     */
    public record Q1Row(char returnFlag, char lineStatus, BigDecimal sumQty, BigDecimal sumBasePrice,
            BigDecimal sumDiscPrice, BigDecimal sumCharge, BigDecimal sumDisc, long countOrder) {

        /** {@code avg(l_quantity)} rounded half up to {@code scale} decimal digits. */
        public BigDecimal avgQty(int scale) {
            return average(sumQty, scale);
        }

        /** {@code avg(l_extendedprice)} rounded half up to {@code scale} decimal digits. */
        public BigDecimal avgPrice(int scale) {
            return average(sumBasePrice, scale);
        }

        /** {@code avg(l_discount)} rounded half up to {@code scale} decimal digits. */
        public BigDecimal avgDisc(int scale) {
            return average(sumDisc, scale);
        }

        private BigDecimal average(BigDecimal sum, int scale) {
            return sum.divide(BigDecimal.valueOf(countOrder), scale, RoundingMode.HALF_UP);
        }

        /** This row as a line of the TPC-H answer file: sums at their exact scale, averages at 2 digits. */
        public String toAnswerLine() {
            return AnswerFormat.row(returnFlag, lineStatus, sumQty.toPlainString(), sumBasePrice.toPlainString(),
                    sumDiscPrice.toPlainString(), sumCharge.toPlainString(),
                    avgQty(ANSWER_AVERAGE_SCALE).toPlainString(), avgPrice(ANSWER_AVERAGE_SCALE).toPlainString(),
                    avgDisc(ANSWER_AVERAGE_SCALE).toPlainString(), countOrder);
        }
    }

    /** Q1's aggregates over the lineitems of one group, exact in longs. */
    static final class PricingSummary implements AggregateFunction<LineItemRow, PricingSummary.Accumulator, Q1Row> {

        private static final long serialVersionUID = 1L;
        private static final int PERCENT = 100;

        /** Running sums of one group; mutated in place. Money is in cents, rates in percent. */
        static final class Accumulator {
            char returnFlag;
            char lineStatus;
            long sumQuantity;
            long sumPriceCents;
            /** Sum of price in cents times (100 - discount%): units of 10^-4. */
            long sumDiscountedPrice;
            /** Sum of price in cents times (100 - discount%) times (100 + tax%): units of 10^-6. */
            long sumCharge;
            long sumDiscountPercent;
            long count;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Accumulator();
        }

        @Override
        public Accumulator add(LineItemRow item, Accumulator acc) {
            long discountedPrice = item.extendedPriceCents() * (PERCENT - item.discountPercent());
            acc.returnFlag = item.returnFlag();
            acc.lineStatus = item.lineStatus();
            acc.sumQuantity += item.quantity();
            acc.sumPriceCents = Math.addExact(acc.sumPriceCents, item.extendedPriceCents());
            acc.sumDiscountedPrice = Math.addExact(acc.sumDiscountedPrice, discountedPrice);
            acc.sumCharge = Math.addExact(acc.sumCharge, discountedPrice * (PERCENT + item.taxPercent()));
            acc.sumDiscountPercent += item.discountPercent();
            acc.count++;
            return acc;
        }

        @Override
        public Q1Row getResult(Accumulator acc) {
            return new Q1Row(acc.returnFlag, acc.lineStatus,
                    BigDecimal.valueOf(acc.sumQuantity).setScale(2),
                    BigDecimal.valueOf(acc.sumPriceCents, 2),
                    BigDecimal.valueOf(acc.sumDiscountedPrice, 4),
                    BigDecimal.valueOf(acc.sumCharge, 6),
                    BigDecimal.valueOf(acc.sumDiscountPercent, 2),
                    acc.count);
        }

        @Override
        public Accumulator merge(Accumulator a, Accumulator b) {
            if (a.count == 0) {
                a.returnFlag = b.returnFlag;
                a.lineStatus = b.lineStatus;
            }
            a.sumQuantity += b.sumQuantity;
            a.sumPriceCents = Math.addExact(a.sumPriceCents, b.sumPriceCents);
            a.sumDiscountedPrice = Math.addExact(a.sumDiscountedPrice, b.sumDiscountedPrice);
            a.sumCharge = Math.addExact(a.sumCharge, b.sumCharge);
            a.sumDiscountPercent += b.sumDiscountPercent;
            a.count += b.count;
            return a;
        }
    }
}
