package io.ebbflow.runtime.testutils;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.api.functions.KeySelector;
import io.ebbflow.runtime.keygroup.KeyGroupRange;
import io.ebbflow.runtime.keygroup.KeyGroupRangeAssignment;
import io.ebbflow.runtime.operators.DefaultOperatorContext;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.operators.StreamOperator;
import io.ebbflow.runtime.operators.TaskInfo;
import io.ebbflow.runtime.state.heap.HeapKeyedStateBackend;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import io.ebbflow.runtime.timers.InternalTimeServiceManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What the one- and two-input harnesses share: the operator's environment (collecting output, manual
 * clock, keyed state backend and timer services when keyed), the lifecycle checks, and the methods that
 * inspect what the operator emitted. Tests use {@link OperatorTestHarness} or
 * {@link TwoInputOperatorTestHarness}; see {@link OperatorTestHarness} for the contract.
 *
 * @param <OUT> the operator's main-output type
 */
public abstract sealed class AbstractOperatorTestHarness<OUT> implements AutoCloseable
        permits OperatorTestHarness, TwoInputOperatorTestHarness {

    /** One call into the operator, run by {@link #drive}. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private final StreamOperator<OUT> operator;
    private final CollectingOutput<OUT> output = new CollectingOutput<>();
    private final ManualProcessingTimeService clock;
    private final HeapKeyedStateBackend<Object> backend;
    private final InternalTimeServiceManager<Object> timeServiceManager;
    private final DefaultOperatorContext<OUT> context;
    private boolean opened;
    private boolean closed;

    AbstractOperatorTestHarness(StreamOperator<OUT> operator, HarnessSettings settings, boolean keyed) {
        this.operator = operator;
        TaskInfo info = settings.taskInfo();
        this.clock = new ManualProcessingTimeService(settings.startProcessingTimeMillis);
        if (keyed) {
            KeyGroupRange range = KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(
                    info.maxParallelism(), info.parallelism(), info.subtaskIndex());
            this.backend = new HeapKeyedStateBackend<>(range, info.maxParallelism());
            this.timeServiceManager = new InternalTimeServiceManager<>(backend, clock);
        } else {
            this.backend = null;
            this.timeServiceManager = null;
        }
        this.context = new DefaultOperatorContext<>(output, info, settings.operatorName, settings.configuration,
                AbstractOperatorTestHarness.class.getClassLoader(), clock, backend, timeServiceManager, new LinkedHashMap<>());
    }

    /** Opens the operator, then runs processing-time timers it registered at or before the clock's time. */
    final void openOperator() throws Exception {
        opened = true;
        operator.open(context);
        clock.fireDueTimers();
    }

    /**
     * Runs one input call on the test thread, then the processing-time timers that became due, as the
     * task's mailbox would between two input batches. Every input method of both harnesses goes through
     * here: this is the seam where a rerun mode would record the steps (see {@link OperatorTestHarness}).
     */
    final void drive(Step step) throws Exception {
        checkRunning();
        step.run();
        clock.fireDueTimers();
    }

    /**
     * Sets the backend's current key from {@code value}, as the runtime does before a keyed record.
     *
     * @throws IllegalArgumentException when the key's key group belongs to another subtask: the runtime
     *     would never route that record here
     */
    final void setCurrentKey(KeySelector<Object, Object> selector, Object value) throws Exception {
        Object key = selector.getKey(value);
        int keyGroup = KeyGroupRangeAssignment.assignToKeyGroup(key, backend.getNumberOfKeyGroups());
        if (!backend.getKeyGroupRange().contains(keyGroup)) {
            TaskInfo info = context.taskInfo();
            throw new IllegalArgumentException("Key '" + key + "' is in key group " + keyGroup + ", which subtask "
                    + info.subtaskIndex() + " of " + info.parallelism() + " does not own ("
                    + backend.getKeyGroupRange() + "); the runtime would route it to subtask "
                    + KeyGroupRangeAssignment.computeOperatorIndexForKeyGroup(info.maxParallelism(), info.parallelism(), keyGroup));
        }
        backend.setCurrentKey(key);
    }

    private void checkRunning() {
        if (!opened) {
            throw new IllegalStateException("The harness is not open: call open() on its builder first");
        }
        if (closed) {
            throw new IllegalStateException("The harness is closed");
        }
    }

    // ---- time ----------------------------------------------------------------------------------------

    /**
     * Advances the manual processing-time clock to {@code timeMillis} and runs, on this thread, every
     * processing-time timer due at or before it (in timestamp order).
     *
     * @throws IllegalArgumentException when {@code timeMillis} is before the current processing time
     */
    public final void setProcessingTime(long timeMillis) throws Exception {
        checkRunning();
        clock.advanceTo(timeMillis);
    }

    /** The manual clock's current time, in ms. */
    public final long processingTime() {
        return clock.getCurrentProcessingTime();
    }

    /** The manual clock, e.g. to count its scheduled timers. */
    public final ManualProcessingTimeService processingTimeService() {
        return clock;
    }

    // ---- output --------------------------------------------------------------------------------------

    /**
     * Everything emitted on the main output, in emission order: {@link StreamRecord} copies,
     * {@link Watermark}s, {@code RecordAttributes} and {@code WatermarkStatus}. Side outputs are not here.
     */
    public final List<Object> output() {
        return List.copyOf(output.main());
    }

    /** The records emitted on the main output, in order (copies, with their timestamps). */
    @SuppressWarnings("unchecked")
    public final List<StreamRecord<OUT>> outputRecords() {
        List<StreamRecord<OUT>> records = new ArrayList<>();
        for (Object e : output.main()) {
            if (e instanceof StreamRecord<?> r) {
                records.add((StreamRecord<OUT>) r);
            }
        }
        return records;
    }

    /** The values of the records emitted on the main output, in order. */
    public final List<OUT> outputValues() {
        List<OUT> values = new ArrayList<>();
        for (StreamRecord<OUT> r : outputRecords()) {
            values.add(r.getValue());
        }
        return values;
    }

    /** The watermarks forwarded on the main output, in order. */
    public final List<Watermark> emittedWatermarks() {
        List<Watermark> watermarks = new ArrayList<>();
        for (Object e : output.main()) {
            if (e instanceof Watermark w) {
                watermarks.add(w);
            }
        }
        return watermarks;
    }

    /** The records emitted to the side output {@code tag}, in order (copies, with their timestamps). */
    public final <X> List<StreamRecord<X>> sideOutput(OutputTag<X> tag) {
        return List.copyOf(output.side(tag));
    }

    /** The values emitted to the side output {@code tag}, in order; empty when nothing was emitted there. */
    public final <X> List<X> sideOutputValues(OutputTag<X> tag) {
        List<X> values = new ArrayList<>();
        for (StreamRecord<X> r : output.side(tag)) {
            values.add(r.getValue());
        }
        return values;
    }

    /** Forgets everything emitted so far (main and side outputs), to assert on the next step alone. */
    public final void clearOutput() {
        output.clear();
    }

    // ---- state and context ---------------------------------------------------------------------------

    /**
     * The heap keyed state backend the operator uses, to assert on state, e.g.
     * {@code numberOfEntries(name)}. Valid until {@link #close()}, which clears it.
     *
     * @throws IllegalStateException when the harness was built without {@code keyedBy}
     */
    @SuppressWarnings("unchecked")
    public final <K> HeapKeyedStateBackend<K> keyedStateBackend() {
        if (backend == null) {
            throw new IllegalStateException("The harness of '" + context.operatorName() + "' is not keyed: build it with keyedBy");
        }
        return (HeapKeyedStateBackend<K>) backend;
    }

    /**
     * The timer services of a keyed operator.
     *
     * @throws IllegalStateException when the harness was built without {@code keyedBy}
     */
    @SuppressWarnings("unchecked")
    public final <K> InternalTimeServiceManager<K> timeServiceManager() {
        if (timeServiceManager == null) {
            throw new IllegalStateException("The harness of '" + context.operatorName() + "' is not keyed: build it with keyedBy");
        }
        return (InternalTimeServiceManager<K>) timeServiceManager;
    }

    /** The context the operator was opened with. */
    public final OperatorContext<OUT> context() {
        return context;
    }

    /** The value of the counter {@code name} that the operator or its functions increment; 0 when unused. */
    public final long counter(String name) {
        return context.counterValue(name);
    }

    /**
     * Closes the operator, then its timer services and keyed state, even when the operator's close throws.
     * Idempotent.
     *
     * @throws IllegalStateException wrapping a checked exception of the operator's {@code close} (unchecked
     *     ones propagate as they are), so that try-with-resources needs no {@code throws Exception}
     */
    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (opened) {
                operator.close();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Operator '" + context.operatorName() + "' failed to close", e);
        } finally {
            if (timeServiceManager != null) {
                timeServiceManager.close();
            }
            if (backend != null) {
                backend.close();
            }
        }
    }
}
