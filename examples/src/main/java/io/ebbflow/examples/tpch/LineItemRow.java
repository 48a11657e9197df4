package io.ebbflow.examples.tpch;

/**
 * The columns of one TPC-H {@code lineitem} row that the examples use, in exact units: money in cents,
 * rates in percent, dates as days since 1970-01-01 ({@link java.time.LocalDate#ofEpochDay}).
 *
 * @param orderKey {@code l_orderkey}, positive
 * @param lineNumber {@code l_linenumber}, 1 to 7 within the order
 * @param quantity {@code l_quantity}, 1 to 50 (a whole number, though the spec types it decimal(15,2))
 * @param extendedPriceCents {@code l_extendedprice} in cents
 * @param discountPercent {@code l_discount} in percent, 0 to 10
 * @param taxPercent {@code l_tax} in percent, 0 to 8
 * @param returnFlag {@code l_returnflag}: 'A', 'N' or 'R'
 * @param lineStatus {@code l_linestatus}: 'F' or 'O'
 * @param shipDateEpochDay {@code l_shipdate} in epoch days
 * @param commitDateEpochDay {@code l_commitdate} in epoch days
 * @param receiptDateEpochDay {@code l_receiptdate} in epoch days
 */
public record LineItemRow(
        long orderKey,
        int lineNumber,
        int quantity,
        long extendedPriceCents,
        int discountPercent,
        int taxPercent,
        char returnFlag,
        char lineStatus,
        int shipDateEpochDay,
        int commitDateEpochDay,
        int receiptDateEpochDay) {

    static LineItemRow of(io.trino.tpch.LineItem item) {
        return new LineItemRow(
                item.getOrderKey(),
                item.getLineNumber(),
                Math.toIntExact(item.getQuantity()),
                item.getExtendedPriceInCents(),
                Math.toIntExact(item.getDiscountPercent()),
                Math.toIntExact(item.getTaxPercent()),
                item.getReturnFlag().charAt(0),
                item.getStatus().charAt(0),
                item.getShipDate(),
                item.getCommitDate(),
                item.getReceiptDate());
    }
}
