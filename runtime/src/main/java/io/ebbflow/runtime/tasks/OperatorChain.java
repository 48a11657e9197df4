package io.ebbflow.runtime.tasks;

import io.ebbflow.api.common.OutputTag;
import io.ebbflow.runtime.config.Configuration;
import io.ebbflow.runtime.graph.JobVertex;
import io.ebbflow.runtime.graph.StreamEdge;
import io.ebbflow.runtime.graph.StreamNode;
import io.ebbflow.runtime.keygroup.KeyGroupRange;
import io.ebbflow.runtime.keygroup.KeyGroupRangeAssignment;
import io.ebbflow.runtime.network.RecordWriter;
import io.ebbflow.runtime.operators.DefaultOperatorContext;
import io.ebbflow.runtime.operators.OneInputStreamOperator;
import io.ebbflow.runtime.operators.Output;
import io.ebbflow.runtime.operators.SimpleCounter;
import io.ebbflow.runtime.operators.StreamOperator;
import io.ebbflow.runtime.operators.TaskInfo;
import io.ebbflow.runtime.state.KeyedStateBackend;
import io.ebbflow.runtime.state.heap.HeapKeyedStateBackend;
import io.ebbflow.runtime.timers.InternalTimeServiceManager;
import io.ebbflow.runtime.timers.ProcessingTimeService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operators of one subtask of a {@link JobVertex}, wired together: each operator's output calls the
 * next chained operator directly, or writes to a {@link RecordWriter} for an edge to another task. The head
 * of a keyed chain gets the keyed state backend and timer services.
 */
final class OperatorChain {

    /** One operator of the chain with its context and counters. */
    record ChainedOperator(StreamNode node, StreamOperator<?> operator, DefaultOperatorContext<?> context,
            OperatorMetrics metrics) {}

    private final List<ChainedOperator> operators;
    private final KeyedStateBackend<?> keyedStateBackend;
    private final InternalTimeServiceManager<?> timeServiceManager;

    private OperatorChain(List<ChainedOperator> operators, KeyedStateBackend<?> keyedStateBackend,
            InternalTimeServiceManager<?> timeServiceManager) {
        this.operators = operators;
        this.keyedStateBackend = keyedStateBackend;
        this.timeServiceManager = timeServiceManager;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static OperatorChain create(JobVertex vertex, TaskInfo info, Map<StreamEdge, RecordWriter> writers,
            Configuration configuration, ClassLoader userCodeClassLoader, ProcessingTimeService timeService,
            Map<String, SimpleCounter> counters) {
        List<StreamNode> nodes = vertex.nodes();
        String subtask = (info.subtaskIndex() + 1) + "/" + info.parallelism();
        StreamNode head = vertex.head();
        KeyedStateBackend<?> backend = null;
        InternalTimeServiceManager<?> timers = null;
        if (head.isKeyed()) {
            KeyGroupRange range = KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(
                    info.maxParallelism(), info.parallelism(), info.subtaskIndex());
            backend = new HeapKeyedStateBackend<>(range, info.maxParallelism());
            timers = new InternalTimeServiceManager<>(backend, timeService);
        }
        Map<StreamNode, ChainedOperator> built = new HashMap<>();
        for (int n = nodes.size() - 1; n >= 0; n--) {
            StreamNode node = nodes.get(n);
            OperatorMetrics metrics = new OperatorMetrics();
            List<Output> mains = new ArrayList<>();
            Map<OutputTag<?>, List<Output<Object>>> sides = new LinkedHashMap<>();
            for (StreamEdge e : node.outEdges()) {
                ChainedOperator next = built.get(e.target());
                Output o = next != null
                        ? new ChainingOutput((OneInputStreamOperator) next.operator(), next.metrics(), e.target().name(), subtask)
                        : new RecordWriterOutput(writers.get(e));
                if (e.outputTag() == null) {
                    mains.add(o);
                } else {
                    sides.computeIfAbsent(e.outputTag(), t -> new ArrayList<>()).add(o);
                }
            }
            StreamOperator<?> operator = node.operatorFactory().createOperator(info.subtaskIndex(), info.parallelism());
            boolean keyed = node == head && backend != null;
            DefaultOperatorContext<?> context = new DefaultOperatorContext(new OperatorOutput(metrics, (List) mains, sides), info,
                    node.name(), configuration, userCodeClassLoader, timeService, keyed ? backend : null,
                    keyed ? timers : null, counters);
            built.put(node, new ChainedOperator(node, operator, context, metrics));
        }
        List<ChainedOperator> ordered = new ArrayList<>(nodes.size());
        for (StreamNode node : nodes) {
            ordered.add(built.get(node));
        }
        return new OperatorChain(ordered, backend, timers);
    }

    ChainedOperator head() {
        return operators.get(0);
    }

    List<ChainedOperator> operators() {
        return operators;
    }

    KeyedStateBackend<?> keyedStateBackend() {
        return keyedStateBackend;
    }

    /** Opens the operators from the last to the head, so that every operator's downstream is ready. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void open() throws Exception {
        for (int i = operators.size() - 1; i >= 0; i--) {
            ChainedOperator c = operators.get(i);
            try {
                ((StreamOperator) c.operator()).open(c.context());
            } catch (Throwable t) {
                throw OperatorException.wrap(c.node().name(), subtaskOf(c), t);
            }
        }
    }

    /** After the head's input ended: ends the input of each chained operator, in order. */
    void endInputOfChainedOperators() throws Exception {
        for (int i = 1; i < operators.size(); i++) {
            ChainedOperator c = operators.get(i);
            try {
                ((OneInputStreamOperator<?, ?>) c.operator()).endInput();
            } catch (Throwable t) {
                throw OperatorException.wrap(c.node().name(), subtaskOf(c), t);
            }
        }
    }

    /** Delivers a completed checkpoint to every operator. */
    void notifyCheckpointComplete(long checkpointId) throws Exception {
        for (ChainedOperator c : operators) {
            c.operator().notifyCheckpointComplete(checkpointId);
        }
    }

    /**
     * Closes every operator, head first, then the keyed state. All are closed even when one throws.
     *
     * @return the first exception thrown, or null
     */
    Throwable close() {
        Throwable first = null;
        for (ChainedOperator c : operators) {
            try {
                c.operator().close();
            } catch (Throwable t) {
                if (first == null) {
                    first = OperatorException.wrap(c.node().name(), subtaskOf(c), t);
                }
            }
        }
        if (timeServiceManager != null) {
            timeServiceManager.close();
        }
        if (keyedStateBackend != null) {
            try {
                keyedStateBackend.close();
            } catch (Throwable t) {
                if (first == null) {
                    first = t;
                }
            }
        }
        return first;
    }

    private static String subtaskOf(ChainedOperator c) {
        TaskInfo info = c.context().taskInfo();
        return (info.subtaskIndex() + 1) + "/" + info.parallelism();
    }
}
