package io.ebbflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebbflow.api.connector.sink.Sink;
import io.ebbflow.api.connector.sink.SinkWriter;
import io.ebbflow.api.connector.sink.WriterInitContext;
import io.ebbflow.runtime.config.NetworkOptions;
import io.ebbflow.runtime.execution.LocalJobExecution;
import io.ebbflow.runtime.graph.JobGraph;
import io.ebbflow.runtime.network.BatchChannel;
import io.ebbflow.runtime.tasks.StreamTask;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class BackpressureTest {

    /** A sink that sleeps now and then, so the source outruns it. */
    static final class SlowSink implements Sink<Long> {
        private static final long serialVersionUID = 1L;
        private final transient AtomicLong written;

        SlowSink(AtomicLong written) {
            this.written = written;
        }

        @Override
        public SinkWriter<Long> createWriter(WriterInitContext context) {
            AtomicLong w = written;
            return new SinkWriter<>() {
                @Override
                public void write(Long element, Context ctx) {
                    if (w.incrementAndGet() % 1000 == 0) {
                        LockSupport.parkNanos(1_000_000);
                    }
                }

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() {}
            };
        }
    }

    @Test
    void shouldNeverQueueMoreThanChannelCapacityWhenSinkIsSlow() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        env.getConfig().set(NetworkOptions.RECORDS_PER_BATCH, 64).set(NetworkOptions.BATCHES_PER_CHANNEL, 3);
        AtomicLong written = new AtomicLong();
        env.fromSequence(1, 200_000).rebalance().sinkTo(new SlowSink(written));
        LocalJobExecution job = new LocalJobExecution(JobGraph.fromStreamGraph(env.getStreamGraph("backpressure")),
                env.getConfig(), getClass().getClassLoader()).start();
        job.getJobExecutionResult().get();

        List<BatchChannel> channels = job.tasks().stream().flatMap(t -> t.outputChannelList().stream()).toList();
        assertThat(written.get()).isEqualTo(200_000);
        assertThat(channels).hasSize(4);
        for (BatchChannel c : channels) {
            assertThat(c.capacityRecords()).isEqualTo(3 * 64);
            assertThat(c.maxQueuedRecords()).isBetween(1, 3 * 64);
        }
        // The source really was held back: it spent time waiting for free batches.
        long sourceWaitNanos = job.tasks().stream().filter(t -> t.info().taskName().contains("Sequence"))
                .mapToLong(StreamTask::backpressuredNanos).sum();
        assertThat(sourceWaitNanos).isPositive();
    }
}
