package io.ebbflow.operators.aggregation;

import io.ebbflow.api.functions.ReduceFunction;

/**
 * The reduce functions behind {@code sum}, {@code min}, {@code max}, {@code minBy} and {@code maxBy}, with
 * Flink's semantics: sum/min/max replace one field of the key's first record; minBy/maxBy return the whole
 * record holding the extreme value (the first such record on ties).
 */
public final class FieldAggregators {

    private FieldAggregators() {}

    public static <T> ReduceFunction<T> sum(FieldAccessor field) {
        return new Sum<>(field);
    }

    public static <T> ReduceFunction<T> min(FieldAccessor field) {
        return new Extreme<>(field, true, false);
    }

    public static <T> ReduceFunction<T> max(FieldAccessor field) {
        return new Extreme<>(field, false, false);
    }

    public static <T> ReduceFunction<T> minBy(FieldAccessor field) {
        return new Extreme<>(field, true, true);
    }

    public static <T> ReduceFunction<T> maxBy(FieldAccessor field) {
        return new Extreme<>(field, false, true);
    }

    private static final class Sum<T> implements ReduceFunction<T> {
        private static final long serialVersionUID = 1L;
        private final FieldAccessor field;

        Sum(FieldAccessor field) {
            this.field = field;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T reduce(T a, T b) {
            Object x = field.get(a);
            Object y = field.get(b);
            Object s;
            if (x instanceof Integer i) {
                s = i + (Integer) y;
            } else if (x instanceof Long l) {
                s = l + (Long) y;
            } else if (x instanceof Double d) {
                s = d + (Double) y;
            } else if (x instanceof Float f) {
                s = f + (Float) y;
            } else if (x instanceof Short sh) {
                s = (short) (sh + (Short) y);
            } else if (x instanceof Byte by) {
                s = (byte) (by + (Byte) y);
            } else if (x instanceof java.math.BigDecimal bd) {
                s = bd.add((java.math.BigDecimal) y);
            } else {
                throw new IllegalArgumentException("sum() needs a numeric field, found " + (x == null ? "null" : x.getClass().getName()));
            }
            return (T) field.with(a, s);
        }
    }

    private static final class Extreme<T> implements ReduceFunction<T> {
        private static final long serialVersionUID = 1L;
        private final FieldAccessor field;
        private final boolean min;
        private final boolean byRecord;

        Extreme(FieldAccessor field, boolean min, boolean byRecord) {
            this.field = field;
            this.min = min;
            this.byRecord = byRecord;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public T reduce(T a, T b) {
            Comparable x = (Comparable) field.get(a);
            Comparable y = (Comparable) field.get(b);
            int c = x.compareTo(y);
            boolean takeB = min ? c > 0 : c < 0;
            if (byRecord) {
                return takeB ? b : a;
            }
            return takeB ? (T) field.with(a, y) : a;
        }
    }
}
