package io.ebbflow.api;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.functions.AggregateFunction;
import io.ebbflow.api.functions.ReduceFunction;
import io.ebbflow.api.windowing.assigners.WindowAssigner;
import io.ebbflow.api.windowing.functions.ProcessWindowFunction;
import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.windows.Window;
import io.ebbflow.operators.util.UserFunctions;
import io.ebbflow.operators.window.WindowOperatorBuilder;
import java.time.Duration;
import java.util.Objects;

/**
 * A keyed stream cut into windows: configure the trigger, lateness and late-data output, then evaluate each
 * window with a reduce, an aggregate or a {@link ProcessWindowFunction}. Created by
 * {@code keyedStream.window(assigner)}.
 *
 * <pre>{@code
 * OutputTag<Event> late = new OutputTag<>("late", Event.class);
 * SingleOutputStreamOperator<Long> counts = events
 *         .keyBy(Event::user)
 *         .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
 *         .allowedLateness(Duration.ofSeconds(10))
 *         .sideOutputLateData(late)
 *         .aggregate(new CountAggregate());
 * DataStream<Event> lateEvents = counts.getSideOutput(late);
 * }</pre>
 *
 * <p>Results carry their window's max timestamp. Each subtask gets its own copy of the user functions.
 * Used while building a job, on the building thread.
 *
 * @param <T> the records
 * @param <K> the key
 * @param <W> the windows
 */
public class WindowedStream<T, K, W extends Window> {

    private final KeyedStream<T, K> input;
    private final WindowOperatorBuilder<T, K, W> builder;

    public WindowedStream(KeyedStream<T, K> input, WindowAssigner<? super T, W> assigner) {
        this.input = Objects.requireNonNull(input, "input");
        this.builder = WindowOperatorBuilder.forAssigner(assigner);
    }

    /**
     * Replaces the assigner's default trigger.
     *
     * @throws IllegalArgumentException when the assigner merges windows and the trigger cannot merge
     */
    public WindowedStream<T, K, W> trigger(Trigger<? super T, ? super W> trigger) {
        builder.trigger(trigger);
        return this;
    }

    /**
     * Keeps event-time windows {@code lateness} past their end, so late records within it still count
     * (default 0).
     *
     * @throws IllegalArgumentException when {@code lateness} is negative, or positive for a processing-time
     *     assigner
     */
    public WindowedStream<T, K, W> allowedLateness(Duration lateness) {
        builder.allowedLateness(lateness);
        return this;
    }

    /** Sends records that are too late for all their windows to {@code tag}; read it with {@code getSideOutput(tag)}. */
    public WindowedStream<T, K, W> sideOutputLateData(OutputTag<T> tag) {
        builder.sideOutputLateData(tag);
        return this;
    }

    /** Reduces each window incrementally; emits the reduced value when the window fires. */
    public SingleOutputStreamOperator<T> reduce(ReduceFunction<T> reducer) {
        Objects.requireNonNull(reducer, "reducer");
        WindowOperatorBuilder<T, K, W> b = builder.copy();
        b.reduce(reducer); // validates now, at job-building time
        return input.transform(b.describe() + " reduce", (i, p) -> b.reduce(UserFunctions.copy(reducer, p)));
    }

    /** Reduces each window incrementally; passes the reduced value and the window to {@code function}. */
    public <R> SingleOutputStreamOperator<R> reduce(ReduceFunction<T> reducer, ProcessWindowFunction<T, R, K, W> function) {
        Objects.requireNonNull(reducer, "reducer");
        Objects.requireNonNull(function, "function");
        WindowOperatorBuilder<T, K, W> b = builder.copy();
        b.reduce(reducer, function);
        return input.transform(b.describe() + " reduce",
                (i, p) -> b.reduce(UserFunctions.copy(reducer, p), UserFunctions.copy(function, p)));
    }

    /** Aggregates each window incrementally; emits the result when the window fires. */
    public <ACC, R> SingleOutputStreamOperator<R> aggregate(AggregateFunction<T, ACC, R> aggregator) {
        Objects.requireNonNull(aggregator, "aggregator");
        WindowOperatorBuilder<T, K, W> b = builder.copy();
        b.aggregate(aggregator);
        return input.transform(b.describe() + " aggregate", (i, p) -> b.aggregate(UserFunctions.copy(aggregator, p)));
    }

    /** Aggregates each window incrementally; passes the result and the window to {@code function}. */
    public <ACC, V, R> SingleOutputStreamOperator<R> aggregate(AggregateFunction<T, ACC, V> aggregator,
            ProcessWindowFunction<V, R, K, W> function) {
        Objects.requireNonNull(aggregator, "aggregator");
        Objects.requireNonNull(function, "function");
        WindowOperatorBuilder<T, K, W> b = builder.copy();
        b.aggregate(aggregator, function);
        return input.transform(b.describe() + " aggregate",
                (i, p) -> b.aggregate(UserFunctions.copy(aggregator, p), UserFunctions.copy(function, p)));
    }

    /** Keeps all elements of each window and passes them to {@code function} when it fires. */
    public <R> SingleOutputStreamOperator<R> process(ProcessWindowFunction<T, R, K, W> function) {
        Objects.requireNonNull(function, "function");
        WindowOperatorBuilder<T, K, W> b = builder.copy();
        return input.transform(b.describe() + " process", (i, p) -> b.process(UserFunctions.copy(function, p)));
    }
}
