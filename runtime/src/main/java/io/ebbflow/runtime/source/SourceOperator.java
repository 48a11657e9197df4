package io.ebbflow.runtime.source;

import io.ebbflow.api.connector.source.InputStatus;
import io.ebbflow.api.connector.source.Source;
import io.ebbflow.api.connector.source.SourceReader;
import io.ebbflow.api.connector.source.SourceReaderContext;
import io.ebbflow.api.connector.source.SourceSplit;
import io.ebbflow.api.eventtime.WatermarkStrategy;
import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.operators.OperatorContext;
import io.ebbflow.runtime.operators.Output;
import io.ebbflow.runtime.operators.StreamOperator;
import io.ebbflow.runtime.config.PipelineOptions;
import io.ebbflow.runtime.streamrecord.RecordAttributes;
import io.ebbflow.runtime.timers.ProcessingTimeService;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a {@link SourceReader} inside a source task: the task's loop calls {@link #emitNext()}, which polls
 * the reader once. Watermarks are emitted every {@code pipeline.auto-watermark-interval} from a
 * processing-time timer, i.e. as mail on the same thread. A change of the reader's backlog status becomes a
 * {@link RecordAttributes} element in order with the records (FLIP-309/325).
 *
 * <p>Task thread only.
 */
public final class SourceOperator<T, SplitT extends SourceSplit> implements StreamOperator<T> {

    private final Source<T, SplitT> source;
    private final WatermarkStrategy<T> watermarkStrategy;
    private final List<SplitT> assignedSplits;
    private SourceReader<T, SplitT> reader;
    private SourceReaderOutput<T> readerOutput;
    private Output<T> output;
    private ProcessingTimeService timeService;
    private ProcessingTimeService.Cancellable watermarkTimer;
    private long watermarkIntervalMillis;
    private boolean backlog;
    private boolean finished;

    public SourceOperator(Source<T, SplitT> source, WatermarkStrategy<T> watermarkStrategy, List<SplitT> assignedSplits) {
        this.source = source;
        this.watermarkStrategy = watermarkStrategy;
        this.assignedSplits = List.copyOf(assignedSplits);
    }

    @Override
    public void open(OperatorContext<T> context) throws Exception {
        this.output = context.output();
        this.timeService = context.processingTimeService();
        this.readerOutput = new SourceReaderOutput<>(output, watermarkStrategy);
        this.reader = source.createReader(new ReaderContext(context));
        reader.start();
        if (!assignedSplits.isEmpty()) {
            reader.addSplits(assignedSplits);
        }
        reader.notifyNoMoreSplits();
        watermarkIntervalMillis = context.configuration().get(PipelineOptions.AUTO_WATERMARK_INTERVAL).toMillis();
        if (watermarkIntervalMillis > 0) {
            scheduleWatermark(timeService.getCurrentProcessingTime() + watermarkIntervalMillis);
        }
    }

    private void scheduleWatermark(long at) {
        watermarkTimer = timeService.registerTimer(at, time -> {
            if (!finished) {
                readerOutput.emitPeriodicWatermark();
                scheduleWatermark(time + watermarkIntervalMillis);
            }
        });
    }

    /**
     * Polls the reader once.
     *
     * @throws Exception when the reader fails
     */
    public InputStatus emitNext() throws Exception {
        InputStatus status = reader.pollNext(readerOutput);
        if (status == InputStatus.END_OF_INPUT && !finished) {
            finished = true;
            if (watermarkTimer != null) {
                watermarkTimer.cancel();
            }
            readerOutput.emitPeriodicWatermark();
            if (backlog) {
                setBacklog(false);
            }
            readerOutput.emitFinalWatermark();
        }
        return status;
    }

    /** Completes when the reader may have data again after NOTHING_AVAILABLE. */
    public CompletableFuture<Void> isAvailable() {
        return reader.isAvailable();
    }

    /** The reader's split positions, for a checkpoint. */
    public List<SplitT> snapshotSplits(long checkpointId) {
        return reader.snapshotState(checkpointId);
    }

    public boolean isBacklog() {
        return backlog;
    }

    void setBacklog(boolean isBacklog) {
        if (isBacklog != backlog) {
            backlog = isBacklog;
            output.emitRecordAttributes(RecordAttributes.of(isBacklog));
        }
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
        reader.notifyCheckpointComplete(checkpointId);
    }

    @Override
    public void close() throws Exception {
        finished = true;
        if (watermarkTimer != null) {
            watermarkTimer.cancel();
        }
        if (reader != null) {
            reader.close();
        }
    }

    private final class ReaderContext implements SourceReaderContext {
        private final OperatorContext<T> context;

        ReaderContext(OperatorContext<T> context) {
            this.context = context;
        }

        @Override
        public int getIndexOfSubtask() {
            return context.taskInfo().subtaskIndex();
        }

        @Override
        public int currentParallelism() {
            return context.taskInfo().parallelism();
        }

        @Override
        public Configuration getConfiguration() {
            return context.configuration();
        }

        @Override
        public ClassLoader getUserCodeClassLoader() {
            return context.userCodeClassLoader();
        }

        @Override
        public void setProcessingBacklog(boolean isProcessingBacklog) {
            setBacklog(isProcessingBacklog);
        }
    }
}
