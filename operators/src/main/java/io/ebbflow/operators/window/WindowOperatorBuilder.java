package io.ebbflow.operators.window;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.functions.AggregateFunction;
import io.ebbflow.api.functions.ReduceFunction;
import io.ebbflow.api.functions.RichFunction;
import io.ebbflow.api.state.AggregatingStateDescriptor;
import io.ebbflow.api.state.ListStateDescriptor;
import io.ebbflow.api.state.ReducingStateDescriptor;
import io.ebbflow.api.windowing.assigners.MergingWindowAssigner;
import io.ebbflow.api.windowing.assigners.WindowAssigner;
import io.ebbflow.api.windowing.functions.ProcessWindowFunction;
import io.ebbflow.api.windowing.triggers.Trigger;
import io.ebbflow.api.windowing.windows.Window;
import java.time.Duration;
import java.util.Objects;

/**
 * Configures and creates {@link WindowOperator}s: the assigner, then optional trigger, allowed lateness and
 * late-data side output, then one terminal method that picks how contents are kept and evaluated:
 *
 * <ul>
 *   <li>{@link #reduce(ReduceFunction)} / {@link #aggregate(AggregateFunction)}: incremental, one value per
 *       key and window (reducing / aggregating state);
 *   <li>the same with a {@link ProcessWindowFunction}, which then receives that one value with the window;
 *   <li>{@link #process(ProcessWindowFunction)}: all elements kept (list state) and passed at firing.
 * </ul>
 *
 * <p>Each terminal call returns a new operator, so an operator factory can call it once per subtask with
 * that subtask's copy of the user functions. The assigner and trigger are shared: they hold configuration
 * only. Not thread-safe.
 *
 * @param <IN> the input records
 * @param <K> the key
 * @param <W> the windows
 */
public final class WindowOperatorBuilder<IN, K, W extends Window> {

    private final WindowAssigner<? super IN, W> assigner;
    private Trigger<? super IN, ? super W> trigger;
    private long allowedLatenessMillis;
    private OutputTag<IN> lateDataOutputTag;

    private WindowOperatorBuilder(WindowAssigner<? super IN, W> assigner) {
        this.assigner = assigner;
        this.trigger = assigner.getDefaultTrigger();
    }

    public static <IN, K, W extends Window> WindowOperatorBuilder<IN, K, W> forAssigner(WindowAssigner<? super IN, W> assigner) {
        return new WindowOperatorBuilder<>(Objects.requireNonNull(assigner, "assigner"));
    }

    /** A builder with the same settings, to change without affecting this one. */
    public WindowOperatorBuilder<IN, K, W> copy() {
        WindowOperatorBuilder<IN, K, W> c = new WindowOperatorBuilder<>(assigner);
        c.trigger = trigger;
        c.allowedLatenessMillis = allowedLatenessMillis;
        c.lateDataOutputTag = lateDataOutputTag;
        return c;
    }

    /**
     * Replaces the assigner's default trigger.
     *
     * @throws IllegalArgumentException when the assigner merges windows and the trigger cannot merge
     */
    public WindowOperatorBuilder<IN, K, W> trigger(Trigger<? super IN, ? super W> trigger) {
        Objects.requireNonNull(trigger, "trigger");
        if (assigner instanceof MergingWindowAssigner && !trigger.canMerge()) {
            throw new IllegalArgumentException("Assigner " + assigner + " merges windows, but trigger " + trigger
                    + " cannot merge (canMerge() is false)");
        }
        this.trigger = trigger;
        return this;
    }

    /**
     * Keeps event-time windows for {@code lateness} after their end, so records up to that late are still
     * added (and fire the window again with the default trigger). Default 0.
     *
     * @throws IllegalArgumentException when {@code lateness} is negative, or positive for a processing-time
     *     assigner (processing time has no late records)
     */
    public WindowOperatorBuilder<IN, K, W> allowedLateness(Duration lateness) {
        long millis = Objects.requireNonNull(lateness, "lateness").toMillis();
        if (millis < 0) {
            throw new IllegalArgumentException("Allowed lateness must not be negative, was " + lateness);
        }
        if (millis > 0 && !assigner.isEventTime()) {
            throw new IllegalArgumentException("Allowed lateness (" + lateness + ") applies to event-time windows only; "
                    + assigner + " is not event-time");
        }
        this.allowedLatenessMillis = millis;
        return this;
    }

    /** Sends records that arrive after their windows' cleanup time to the side output {@code tag}. */
    public WindowOperatorBuilder<IN, K, W> sideOutputLateData(OutputTag<IN> tag) {
        this.lateDataOutputTag = Objects.requireNonNull(tag, "tag");
        return this;
    }

    /**
     * Reduces each window incrementally and emits the reduced value.
     *
     * @throws IllegalArgumentException when {@code reducer} is a rich function (it runs inside state, without a
     *     lifecycle)
     */
    public WindowOperator<K, IN, IN, IN, W> reduce(ReduceFunction<IN> reducer) {
        return new WindowOperator<>(assigner, trigger, reducingState(reducer), new PassThroughWindowFunction<>(),
                allowedLatenessMillis, lateDataOutputTag);
    }

    /** Reduces each window incrementally and passes the reduced value to {@code function} at firing. */
    public <OUT> WindowOperator<K, IN, IN, OUT, W> reduce(ReduceFunction<IN> reducer,
            ProcessWindowFunction<IN, OUT, K, W> function) {
        return new WindowOperator<>(assigner, trigger, reducingState(reducer),
                ProcessWindowFunctionAdapter.forSingleValue(Objects.requireNonNull(function, "function")),
                allowedLatenessMillis, lateDataOutputTag);
    }

    /**
     * Aggregates each window incrementally and emits the aggregate's result.
     *
     * @throws IllegalArgumentException when {@code aggregator} is a rich function
     */
    public <ACC, V> WindowOperator<K, IN, V, V, W> aggregate(AggregateFunction<IN, ACC, V> aggregator) {
        return new WindowOperator<>(assigner, trigger, aggregatingState(aggregator), new PassThroughWindowFunction<>(),
                allowedLatenessMillis, lateDataOutputTag);
    }

    /** Aggregates each window incrementally and passes the result to {@code function} at firing. */
    public <ACC, V, OUT> WindowOperator<K, IN, V, OUT, W> aggregate(AggregateFunction<IN, ACC, V> aggregator,
            ProcessWindowFunction<V, OUT, K, W> function) {
        return new WindowOperator<>(assigner, trigger, aggregatingState(aggregator),
                ProcessWindowFunctionAdapter.forSingleValue(Objects.requireNonNull(function, "function")),
                allowedLatenessMillis, lateDataOutputTag);
    }

    /** Keeps all elements of each window and passes them to {@code function} at firing. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <OUT> WindowOperator<K, IN, Iterable<IN>, OUT, W> process(ProcessWindowFunction<IN, OUT, K, W> function) {
        ListStateDescriptor<IN> contents = new ListStateDescriptor<>(WindowOperator.CONTENTS_STATE_NAME, (Class<IN>) (Class) Object.class);
        return new WindowOperator<>(assigner, trigger, contents,
                ProcessWindowFunctionAdapter.forElements(Objects.requireNonNull(function, "function")),
                allowedLatenessMillis, lateDataOutputTag);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <IN> ReducingStateDescriptor<IN> reducingState(ReduceFunction<IN> reducer) {
        Objects.requireNonNull(reducer, "reducer");
        if (reducer instanceof RichFunction) {
            throw new IllegalArgumentException("The reduce function of a window cannot be a rich function ("
                    + reducer.getClass().getName() + "); use reduce(reduceFunction, processWindowFunction) for a lifecycle");
        }
        return new ReducingStateDescriptor<>(WindowOperator.CONTENTS_STATE_NAME, reducer, (Class<IN>) (Class) Object.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <IN, ACC, V> AggregatingStateDescriptor<IN, ACC, V> aggregatingState(AggregateFunction<IN, ACC, V> aggregator) {
        Objects.requireNonNull(aggregator, "aggregator");
        if (aggregator instanceof RichFunction) {
            throw new IllegalArgumentException("The aggregate function of a window cannot be a rich function ("
                    + aggregator.getClass().getName() + "); use aggregate(aggregateFunction, processWindowFunction) for a lifecycle");
        }
        return new AggregatingStateDescriptor<>(WindowOperator.CONTENTS_STATE_NAME, aggregator, (Class<ACC>) (Class) Object.class);
    }

    /** A short description for operator names, e.g. {@code Window(TumblingEventTimeWindows(10), EventTimeTrigger)}. */
    public String describe() {
        return "Window(" + assigner + ", " + trigger + ")";
    }
}
