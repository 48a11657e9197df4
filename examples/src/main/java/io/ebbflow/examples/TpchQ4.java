package io.ebbflow.examples;

import io.ebbflow.api.CloseableIterator;
import io.ebbflow.api.DataStream;
import io.ebbflow.api.StreamExecutionEnvironment;
import io.ebbflow.api.eventtime.WatermarkStrategy;
import io.ebbflow.api.functions.AggregateFunction;
import io.ebbflow.api.functions.Collector;
import io.ebbflow.api.functions.KeyedCoProcessFunction;
import io.ebbflow.api.functions.OpenContext;
import io.ebbflow.api.state.ValueState;
import io.ebbflow.api.state.ValueStateDescriptor;
import io.ebbflow.examples.tpch.AnswerFormat;
import io.ebbflow.examples.tpch.EndOfInputAggregation;
import io.ebbflow.examples.tpch.LineItemRow;
import io.ebbflow.examples.tpch.OrderRow;
import io.ebbflow.examples.tpch.TpchCommandLine;
import io.ebbflow.examples.tpch.TpchSource;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TPC-H query 4, the order priority checking query, as a DataStream job:
 *
 * <pre>
 * SELECT o_orderpriority, count(*) AS order_count FROM orders
 * WHERE o_orderdate &gt;= date '1993-07-01' AND o_orderdate &lt; date '1993-07-01' + interval '3' month
 *   AND EXISTS (SELECT * FROM lineitem WHERE l_orderkey = o_orderkey AND l_commitdate &lt; l_receiptdate)
 * GROUP BY o_orderpriority ORDER BY o_orderpriority
 * </pre>
 *
 * <p>The semi-join is a {@link KeyedCoProcessFunction} over the filtered orders and the late lineitems (received
 * after their commit date), both keyed by order key. Either side may come first, so the function remembers, in
 * keyed state, the order's priority and whether a late lineitem was seen, and emits the priority once it
 * knows both. A second keyed step counts the priorities and emits one count per priority at the end of input
 * ({@link EndOfInputAggregation}). The client sorts the (five) rows.
 *
 * <p>Run: {@code java -cp <examples classpath> io.ebbflow.examples.TpchQ4 [--sf 0.01] [--parallelism N]}.
 */
public final class TpchQ4 {

    /** {@code o_orderdate >= date '1993-07-01'}. */
    public static final LocalDate ORDER_DATE_FROM = LocalDate.of(1993, 7, 1);
    /** {@code o_orderdate < date '1993-07-01' + interval '3' month}, exclusive. */
    public static final LocalDate ORDER_DATE_UNTIL = ORDER_DATE_FROM.plusMonths(3);

    private static final String DESCRIPTION = "TPC-H Q4, order priority checking: orders of 1993-Q3 with a lineitem "
            + "received after its commit date, counted per priority.";

    private TpchQ4() {}

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /**
     * Runs the command line {@code args} (see {@link TpchCommandLine}), printing to {@code out} and {@code err}.
     *
     * @return the exit code: 0 on success or {@code --help}, 2 for a bad argument, 1 when the job fails
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return TpchCommandLine.execute(TpchQ4.class.getName(), DESCRIPTION, (env, sf) -> answer(run(env, sf)), args,
                out, err);
    }

    /**
     * Runs Q4 over the {@code orders} and {@code lineitem} tables generated at {@code scaleFactor}, with
     * {@code env}'s parallelism.
     *
     * @param scaleFactor the TPC-H scale factor, positive
     * @return one row per order priority that has a qualifying order, ordered by priority
     * @throws IllegalArgumentException when {@code scaleFactor} is not positive
     * @throws Exception when the job fails
     */
    public static List<Q4Row> run(StreamExecutionEnvironment env, double scaleFactor) throws Exception {
        int fromEpochDay = Math.toIntExact(ORDER_DATE_FROM.toEpochDay());
        int untilEpochDay = Math.toIntExact(ORDER_DATE_UNTIL.toEpochDay());
        DataStream<OrderRow> orders = env
                .fromSource(TpchSource.orders(scaleFactor), WatermarkStrategy.noWatermarks(), "TPC-H orders")
                .filter(order -> order.orderDateEpochDay() >= fromEpochDay && order.orderDateEpochDay() < untilEpochDay)
                .name("o_orderdate in [" + ORDER_DATE_FROM + ", " + ORDER_DATE_UNTIL + ")");
        DataStream<LineItemRow> lateLineItems = env
                .fromSource(TpchSource.lineItems(scaleFactor), WatermarkStrategy.noWatermarks(), "TPC-H lineitem")
                .filter(item -> item.commitDateEpochDay() < item.receiptDateEpochDay())
                .name("l_commitdate < l_receiptdate");
        List<Q4Row> rows = new ArrayList<>();
        try (CloseableIterator<Q4Row> result = orders.connect(lateLineItems)
                .keyBy(OrderRow::orderKey, LineItemRow::orderKey)
                .process(new OrdersWithLateLineItem())
                .name("EXISTS late lineitem per o_orderkey")
                .keyBy(priority -> priority)
                .process(new EndOfInputAggregation<>(new CountPerPriority(), CountPerPriority.Accumulator.class))
                .name("count(*) per o_orderpriority")
                .executeAndCollect("TPC-H Q4 at scale factor " + scaleFactor)) {
            result.forEachRemaining(rows::add);
        }
        rows.sort(Comparator.comparing(Q4Row::orderPriority));
        return rows;
    }

    /** The answer's lines: the header, then each row as {@link Q4Row#toAnswerLine()}. */
    public static List<String> answer(List<Q4Row> rows) {
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(AnswerFormat.header("LONGNVARCHAR", "BIGINT"));
        rows.forEach(row -> lines.add(row.toAnswerLine()));
        return lines;
    }

    /**
     * One row of Q4's answer.
     *
     * @param orderPriority {@code o_orderpriority}, e.g. {@code "1-URGENT"}
     * @param orderCount the number of qualifying orders of that priority, at least 1
     */
    public record Q4Row(String orderPriority, long orderCount) {

        /** This row as a line of the TPC-H answer file. */
        public String toAnswerLine() {
            return AnswerFormat.row(orderPriority, orderCount);
        }
    }

    /**
     * What is known of one order key: the order's priority once the (qualifying) order arrived, and whether a
     * late lineitem arrived.
     *
     * @param orderPriority the order's priority, or null while the order has not arrived
     * @param lateLineItemSeen whether a lineitem of the order was received after its commit date
     */
    record OrderMatch(String orderPriority, boolean lateLineItemSeen) {}

    /**
     * The semi-join {@code orders ⋉ late lineitems} on the order key: emits the priority of each order that has a
     * late lineitem, once, as soon as both have arrived, in whichever order. Keyed state holds one
     * {@link OrderMatch} per order key seen.
     */
    static final class OrdersWithLateLineItem extends KeyedCoProcessFunction<Long, OrderRow, LineItemRow, String> {

        private static final long serialVersionUID = 1L;

        private transient ValueState<OrderMatch> match;

        @Override
        public void open(OpenContext context) {
            match = getRuntimeContext().getState(new ValueStateDescriptor<>("order-match", OrderMatch.class));
        }

        @Override
        public void processElement1(OrderRow order, Context ctx, Collector<String> out) {
            OrderMatch seen = match.value();
            boolean lateLineItemSeen = seen != null && seen.lateLineItemSeen();
            if (lateLineItemSeen) {
                out.collect(order.orderPriority());
            }
            match.update(new OrderMatch(order.orderPriority(), lateLineItemSeen));
        }

        @Override
        public void processElement2(LineItemRow lateLineItem, Context ctx, Collector<String> out) {
            OrderMatch seen = match.value();
            if (seen == null) {
                match.update(new OrderMatch(null, true));
            } else if (!seen.lateLineItemSeen()) {
                out.collect(seen.orderPriority());
                match.update(new OrderMatch(seen.orderPriority(), true));
            }
        }
    }

    /** {@code count(*)} of the priorities of one group. */
    static final class CountPerPriority implements AggregateFunction<String, CountPerPriority.Accumulator, Q4Row> {

        private static final long serialVersionUID = 1L;

        /** The group's priority and count so far; mutated in place. */
        static final class Accumulator {
            String orderPriority;
            long count;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Accumulator();
        }

        @Override
        public Accumulator add(String orderPriority, Accumulator acc) {
            acc.orderPriority = orderPriority;
            acc.count++;
            return acc;
        }

        @Override
        public Q4Row getResult(Accumulator acc) {
            return new Q4Row(acc.orderPriority, acc.count);
        }

        @Override
        public Accumulator merge(Accumulator a, Accumulator b) {
            if (a.count == 0) {
                a.orderPriority = b.orderPriority;
            }
            a.count += b.count;
            return a;
        }
    }
}
