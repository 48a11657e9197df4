package io.ebbflow.examples.tpch;

/**
 * Writes query results as the TPC-H answer files bundled with {@code io.trino.tpch} do: a comment line, then
 * one line per row with each column followed by {@code '|'}.
 */
public final class AnswerFormat {

    private static final char DELIMITER = '|';

    private AnswerFormat() {}

    /** The answer files' first line, e.g. {@code header("VARCHAR", "BIGINT")}. */
    public static String header(String... columnTypes) {
        return "-- delimiter: |; ignoreOrder: false; types: " + String.join("|", columnTypes);
    }

    /** One row: each column's string form followed by {@code '|'}. */
    public static String row(Object... columns) {
        StringBuilder line = new StringBuilder();
        for (Object column : columns) {
            line.append(column).append(DELIMITER);
        }
        return line.toString();
    }
}
