/**
 * Windows on keyed streams, shaped like Flink's windowing API: a {@link io.ebbflow.api.windowing.assigners.WindowAssigner}
 * puts each record into windows, a {@link io.ebbflow.api.windowing.triggers.Trigger} decides when a window
 * is evaluated and purged, and a reduce, aggregate or
 * {@link io.ebbflow.api.windowing.functions.ProcessWindowFunction} computes its result.
 *
 * <p>Entry point: {@code keyedStream.window(assigner)}, which returns an {@link io.ebbflow.api.WindowedStream}.
 * The operator that runs windows is {@code io.ebbflow.operators.window.WindowOperator}.
 */
package io.ebbflow.api.windowing;
