package io.ebbflow.examples.tpch;

/**
 * The columns of one TPC-H {@code orders} row that the examples use, in exact units: money in cents, dates
 * as days since 1970-01-01 ({@link java.time.LocalDate#ofEpochDay}). The free-text columns (clerk, comment)
 * are left out.
 *
 * @param orderKey {@code o_orderkey}, positive and sparse (8 of every 32 keys are used)
 * @param customerKey {@code o_custkey}
 * @param orderStatus {@code o_orderstatus}: 'F', 'O' or 'P'
 * @param totalPriceCents {@code o_totalprice} in cents
 * @param orderDateEpochDay {@code o_orderdate} in epoch days
 * @param orderPriority {@code o_orderpriority}, e.g. {@code "1-URGENT"}; never null
 * @param shipPriority {@code o_shippriority}, always 0 in generated data
 */
public record OrderRow(
        long orderKey,
        long customerKey,
        char orderStatus,
        long totalPriceCents,
        int orderDateEpochDay,
        String orderPriority,
        int shipPriority) {

    static OrderRow of(io.trino.tpch.Order order) {
        return new OrderRow(
                order.getOrderKey(),
                order.getCustomerKey(),
                order.getOrderStatus(),
                order.getTotalPriceInCents(),
                order.getOrderDate(),
                order.getOrderPriority(),
                order.getShipPriority());
    }
}
