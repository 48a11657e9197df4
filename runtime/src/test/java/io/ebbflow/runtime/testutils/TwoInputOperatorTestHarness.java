package io.ebbflow.runtime.testutils;

import io.ebbflow.api.eventtime.Watermark;
import io.ebbflow.api.functions.KeySelector;
import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.operators.TwoInputStreamOperator;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.streamrecord.StreamRecord;
import java.util.Objects;

/**
 * The {@link OperatorTestHarness} of a two-input operator (connect, coGroup, join): the same environment
 * and inspection methods, with input methods per input. Built with
 * {@link OperatorTestHarness#twoInput(TwoInputStreamOperator)}; see {@link OperatorTestHarness} for the
 * contract. Watermarks go to the input they are given for; combining them is the operator's job.
 *
 * @param <IN1> the first input's type
 * @param <IN2> the second input's type
 * @param <OUT> the operator's main-output type
 */
public final class TwoInputOperatorTestHarness<IN1, IN2, OUT> extends AbstractOperatorTestHarness<OUT> {

    private final TwoInputStreamOperator<IN1, IN2, OUT> operator;
    private final KeySelector<Object, Object> keySelector1;
    private final KeySelector<Object, Object> keySelector2;
    private final StreamRecord<IN1> reuse1 = new StreamRecord<>(null);
    private final StreamRecord<IN2> reuse2 = new StreamRecord<>(null);

    private TwoInputOperatorTestHarness(TwoInputStreamOperator<IN1, IN2, OUT> operator, HarnessSettings settings,
            KeySelector<Object, Object> keySelector1, KeySelector<Object, Object> keySelector2) {
        super(operator, settings, keySelector1 != null);
        this.operator = operator;
        this.keySelector1 = keySelector1;
        this.keySelector2 = keySelector2;
    }

    public void processElement1(IN1 value) throws Exception {
        processElement1(value, StreamRecord.NO_TIMESTAMP);
    }

    /** @throws IllegalArgumentException when keyed and the record's key belongs to another subtask */
    public void processElement1(IN1 value, long timestampMillis) throws Exception {
        drive(() -> {
            if (keySelector1 != null) {
                setCurrentKey(keySelector1, value);
            }
            operator.processElement1(reuse1.replace(value, timestampMillis));
        });
    }

    public void processElement2(IN2 value) throws Exception {
        processElement2(value, StreamRecord.NO_TIMESTAMP);
    }

    /** @throws IllegalArgumentException when keyed and the record's key belongs to another subtask */
    public void processElement2(IN2 value, long timestampMillis) throws Exception {
        drive(() -> {
            if (keySelector2 != null) {
                setCurrentKey(keySelector2, value);
            }
            operator.processElement2(reuse2.replace(value, timestampMillis));
        });
    }

    public void processWatermark1(long timestampMillis) throws Exception {
        drive(() -> operator.processWatermark1(new Watermark(timestampMillis)));
    }

    public void processWatermark2(long timestampMillis) throws Exception {
        drive(() -> operator.processWatermark2(new Watermark(timestampMillis)));
    }

    public void processRecordAttributes1(RecordAttributes attributes) throws Exception {
        drive(() -> operator.processRecordAttributes1(attributes));
    }

    public void processRecordAttributes2(RecordAttributes attributes) throws Exception {
        drive(() -> operator.processRecordAttributes2(attributes));
    }

    /**
     * Ends input {@code inputId}. Emits no watermark (see {@link OperatorTestHarness}).
     *
     * @throws IllegalArgumentException when {@code inputId} is not 1 or 2
     */
    public void endInput(int inputId) throws Exception {
        if (inputId != 1 && inputId != 2) {
            throw new IllegalArgumentException("inputId must be 1 or 2, was " + inputId);
        }
        drive(() -> operator.endInput(inputId));
    }

    /**
     * Collects the settings of a {@link TwoInputOperatorTestHarness}; every setting is optional.
     */
    public static final class Builder<IN1, IN2, OUT> {
        private final TwoInputStreamOperator<IN1, IN2, OUT> operator;
        private final HarnessSettings settings;
        private KeySelector<Object, Object> keySelector1;
        private KeySelector<Object, Object> keySelector2;
        private boolean built;

        Builder(TwoInputStreamOperator<IN1, IN2, OUT> operator) {
            this.operator = Objects.requireNonNull(operator, "operator");
            this.settings = new HarnessSettings(operator);
        }

        /** Makes the operator keyed; both selectors must produce keys of one type, as after connect + keyBy. */
        @SuppressWarnings("unchecked")
        public <K> Builder<IN1, IN2, OUT> keyedBy(KeySelector<? super IN1, K> keySelector1,
                KeySelector<? super IN2, K> keySelector2) {
            this.keySelector1 = (KeySelector<Object, Object>) Objects.requireNonNull(keySelector1, "keySelector1");
            this.keySelector2 = (KeySelector<Object, Object>) Objects.requireNonNull(keySelector2, "keySelector2");
            return this;
        }

        /** @throws IllegalArgumentException when {@code index} is not in {@code [0, parallelism)} */
        public Builder<IN1, IN2, OUT> subtask(int index, int parallelism) {
            settings.subtask(index, parallelism);
            return this;
        }

        public Builder<IN1, IN2, OUT> maxParallelism(int maxParallelism) {
            settings.maxParallelism(maxParallelism);
            return this;
        }

        public Builder<IN1, IN2, OUT> processingTime(long startMillis) {
            settings.startProcessingTimeMillis = startMillis;
            return this;
        }

        public Builder<IN1, IN2, OUT> operatorName(String name) {
            settings.operatorName(name);
            return this;
        }

        public Builder<IN1, IN2, OUT> configuration(Configuration configuration) {
            settings.configuration(configuration);
            return this;
        }

        /**
         * Builds the harness and opens the operator.
         *
         * @throws IllegalStateException when called twice
         * @throws Exception what the operator's {@code open} throws
         */
        public TwoInputOperatorTestHarness<IN1, IN2, OUT> open() throws Exception {
            if (built) {
                throw new IllegalStateException("open() was already called on this builder; an operator instance runs once");
            }
            built = true;
            TwoInputOperatorTestHarness<IN1, IN2, OUT> harness =
                    new TwoInputOperatorTestHarness<>(operator, settings, keySelector1, keySelector2);
            harness.openOperator();
            return harness;
        }
    }
}
