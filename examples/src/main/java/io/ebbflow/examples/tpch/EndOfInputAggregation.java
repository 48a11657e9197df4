package io.ebbflow.examples.tpch;

import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.api.functions.AggregateFunction;
import io.ebbflow.api.functions.Collector;
import io.ebbflow.api.functions.KeyedProcessFunction;
import io.ebbflow.api.functions.OpenContext;
import io.ebbflow.api.state.ValueState;
import io.ebbflow.api.state.ValueStateDescriptor;
import java.util.Objects;

/**
 * A keyed aggregation that emits one result per key, once, at the end of a bounded input: the
 * {@code GROUP BY} of a batch query written as a streaming job.
 *
 * <p>A plain {@code keyBy(...).aggregate(...)} emits the running aggregate after every record. This function
 * instead keeps each key's accumulator in keyed state and, on the key's first record, registers an
 * event-time timer at {@link Long#MAX_VALUE}. Only the final watermark, which a source emits when its input
 * ends, reaches that time; so the timer fires once, after the key's last record, whatever watermarks the
 * sources emit before. On an unbounded input it never fires.
 *
 * <p>Called by the subtask's thread: {@code open}, then {@code processElement} per record, then
 * {@code onTimer} per key at the end of input.
 *
 * @param <K> the key
 * @param <IN> the records
 * @param <ACC> the accumulator, mutated in place by {@code aggregate} and written back to state per record
 * @param <OUT> the result; the accumulator should carry the grouping columns the result needs
 */
public final class EndOfInputAggregation<K, IN, ACC, OUT> extends KeyedProcessFunction<K, IN, OUT> {

    private static final long serialVersionUID = 1L;

    /** The timestamp of the final watermark, which a bounded source emits when its input ends. */
    public static final long END_OF_INPUT = Watermark.MAX_WATERMARK.timestamp();

    private final AggregateFunction<IN, ACC, OUT> aggregate;
    private final Class<ACC> accumulatorClass;
    private transient ValueState<ACC> accumulator;

    /**
     * @param aggregate the aggregation; copied per subtask, so it may not share mutable state
     * @param accumulatorClass the accumulator's class, from which the state backend picks a serializer
     */
    public EndOfInputAggregation(AggregateFunction<IN, ACC, OUT> aggregate, Class<ACC> accumulatorClass) {
        this.aggregate = Objects.requireNonNull(aggregate, "aggregate");
        this.accumulatorClass = Objects.requireNonNull(accumulatorClass, "accumulatorClass");
    }

    @Override
    public void open(OpenContext context) {
        accumulator = getRuntimeContext().getState(new ValueStateDescriptor<>("accumulator", accumulatorClass));
    }

    @Override
    public void processElement(IN value, Context ctx, Collector<OUT> out) {
        ACC acc = accumulator.value();
        if (acc == null) {
            acc = aggregate.createAccumulator();
            ctx.timerService().registerEventTimeTimer(END_OF_INPUT);
        }
        accumulator.update(aggregate.add(value, acc));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<OUT> out) {
        ACC acc = accumulator.value();
        if (acc != null) {
            out.collect(aggregate.getResult(acc));
            accumulator.update(null);
        }
    }
}
