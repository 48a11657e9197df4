package io.ebbflow.examples.tpch;

import io.ebbflow.api.connector.source.Boundedness;
import io.ebbflow.api.connector.source.Source;
import io.ebbflow.api.connector.source.SourceReader;
import io.ebbflow.api.connector.source.SourceReaderContext;
import io.ebbflow.api.connector.source.SourceSplit;
import io.ebbflow.operators.source.IteratorSourceReader;
import io.trino.tpch.LineItemGenerator;
import io.trino.tpch.OrderGenerator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A bounded, parallel source of one TPC-H table, generated on the fly by the {@code io.trino.tpch} port of
 * {@code dbgen}, so its rows are exactly those of the official data set at the given scale factor.
 *
 * <p>Splits are the generator's parts: {@code dbgen} can generate part {@code i} of {@code n} of a table
 * independently of the others, and the parts together are the whole table. By default there is one part
 * per source subtask ({@link #createSplits}'s parallelism); {@link #withPartCount} fixes the number instead,
 * e.g. to keep split ids stable across a rescale. Each subtask reads its parts one after the other, through
 * {@link IteratorSourceReader}, which reports the whole read as backlog (FLIP-309).
 *
 * <p>A split records how many rows of its part were already emitted; a restored split generates its part
 * again and skips those rows, since the generator cannot seek. Skipping costs about as much as generating.
 *
 * @param <T> the row type: {@link LineItemRow} or {@link OrderRow}
 */
public final class TpchSource<T> implements Source<T, TpchSource.Split> {

    private static final long serialVersionUID = 1L;

    /** {@link #partCount} value meaning one part per source subtask. */
    private static final int ONE_PART_PER_SUBTASK = 0;

    private final Table table;
    private final double scaleFactor;
    private final int partCount;

    private TpchSource(Table table, double scaleFactor, int partCount) {
        if (!(scaleFactor > 0) || Double.isInfinite(scaleFactor)) {
            throw new IllegalArgumentException("TPC-H scale factor must be positive and finite, was " + scaleFactor);
        }
        this.table = table;
        this.scaleFactor = scaleFactor;
        this.partCount = partCount;
    }

    /**
     * The {@code lineitem} table: about {@code 6,000,000 * scaleFactor} rows, grouped by order.
     *
     * @param scaleFactor the TPC-H scale factor, e.g. 0.01 (about 60k rows) or 1 (about 6M rows)
     * @throws IllegalArgumentException when {@code scaleFactor} is not positive and finite
     */
    public static TpchSource<LineItemRow> lineItems(double scaleFactor) {
        return new TpchSource<>(Table.LINEITEM, scaleFactor, ONE_PART_PER_SUBTASK);
    }

    /**
     * The {@code orders} table: {@code 1,500,000 * scaleFactor} rows.
     *
     * @param scaleFactor the TPC-H scale factor, e.g. 0.01 (15k rows) or 1 (1.5M rows)
     * @throws IllegalArgumentException when {@code scaleFactor} is not positive and finite
     */
    public static TpchSource<OrderRow> orders(double scaleFactor) {
        return new TpchSource<>(Table.ORDERS, scaleFactor, ONE_PART_PER_SUBTASK);
    }

    /**
     * Returns this source split into exactly {@code parts} parts, whatever the parallelism.
     *
     * @param parts the number of generator parts, at least 1
     * @throws IllegalArgumentException when {@code parts < 1}
     */
    public TpchSource<T> withPartCount(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("TPC-H part count must be at least 1, was " + parts);
        }
        return new TpchSource<>(table, scaleFactor, parts);
    }

    /** The table's name in the TPC-H schema, e.g. {@code "lineitem"}. */
    public String tableName() {
        return table.tableName;
    }

    public double scaleFactor() {
        return scaleFactor;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    /** One split per generator part: {@link #withPartCount}'s count, else {@code parallelism}. */
    @Override
    public List<Split> createSplits(int parallelism) {
        int parts = partCount == ONE_PART_PER_SUBTASK ? Math.max(1, parallelism) : partCount;
        List<Split> splits = new ArrayList<>(parts);
        for (int part = 1; part <= parts; part++) {
            splits.add(new Split(table.tableName, part, parts, 0));
        }
        return splits;
    }

    @Override
    public SourceReader<T, Split> createReader(SourceReaderContext context) {
        return new IteratorSourceReader<>(new PartReader<>(table, scaleFactor), context);
    }

    /**
     * One generator part of a table, and how many of its rows were already emitted.
     *
     * @param table the table's name, e.g. {@code "lineitem"}
     * @param part the part, in {@code [1, partCount]}
     * @param partCount the number of parts the table is split into
     * @param rowsEmitted rows of the part already emitted, skipped when the split is opened; at least 0
     */
    public record Split(String table, int part, int partCount, long rowsEmitted) implements SourceSplit {

        public Split {
            if (part < 1 || part > partCount) {
                throw new IllegalArgumentException("TPC-H split part must be in [1, " + partCount + "], was " + part);
            }
            if (rowsEmitted < 0) {
                throw new IllegalArgumentException("TPC-H split rowsEmitted must be at least 0, was " + rowsEmitted);
            }
        }

        @Override
        public String splitId() {
            return table + "-" + part + "-of-" + partCount;
        }
    }

    /** Opens a split as the rows of its generator part, past those already emitted. */
    private static final class PartReader<T> implements IteratorSourceReader.SplitReader<T, Split> {
        private final Table table;
        private final double scaleFactor;

        PartReader(Table table, double scaleFactor) {
            this.table = table;
            this.scaleFactor = scaleFactor;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<T> open(Split split) {
            if (!table.tableName.equals(split.table())) {
                throw new IllegalArgumentException(
                        "A " + table.tableName + " source cannot read split " + split.splitId());
            }
            Iterator<T> rows = (Iterator<T>) table.generate(scaleFactor, split.part(), split.partCount());
            for (long skipped = 0; skipped < split.rowsEmitted(); skipped++) {
                if (!rows.hasNext()) {
                    throw new IllegalStateException("TPC-H split " + split.splitId() + " at scale factor "
                            + scaleFactor + " has only " + skipped + " rows, but its snapshot says "
                            + split.rowsEmitted() + " were emitted");
                }
                rows.next();
            }
            return rows;
        }

        @Override
        public Split advance(Split split, long emitted) {
            return new Split(split.table(), split.part(), split.partCount(), split.rowsEmitted() + emitted);
        }
    }

    /** The tables this source generates, and how each generator row becomes a compact record. */
    private enum Table {
        LINEITEM("lineitem") {
            @Override
            Iterator<?> generate(double scaleFactor, int part, int partCount) {
                return new Mapped<>(new LineItemGenerator(scaleFactor, part, partCount).iterator(), LineItemRow::of);
            }
        },
        ORDERS("orders") {
            @Override
            Iterator<?> generate(double scaleFactor, int part, int partCount) {
                return new Mapped<>(new OrderGenerator(scaleFactor, part, partCount).iterator(), OrderRow::of);
            }
        };

        final String tableName;

        Table(String tableName) {
            this.tableName = tableName;
        }

        abstract Iterator<?> generate(double scaleFactor, int part, int partCount);
    }

    private static final class Mapped<S, R> implements Iterator<R> {
        private final Iterator<S> rows;
        private final Function<S, R> mapper;

        Mapped(Iterator<S> rows, Function<S, R> mapper) {
            this.rows = rows;
            this.mapper = mapper;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public R next() {
            if (!rows.hasNext()) {
                throw new NoSuchElementException();
            }
            return mapper.apply(rows.next());
        }
    }
}
