package io.ebbflow.api;

import io.ebbflow.operators.sink.DiscardingSink;

/**
 * Runs a 10^7-record keyed job; started by {@link BoundedMemoryJobIT} in a JVM with a small heap. Prints the
 * job's counter of reduced records so the test can check that all of them went through.
 */
public final class BoundedMemoryJobMain {

    private BoundedMemoryJobMain() {}

    public static void main(String[] args) throws Exception {
        long records = Long.parseLong(args[0]);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        env.fromSequence(1, records)
                .keyBy(i -> i % 1000)
                .reduce((a, b) -> a + b)
                .sinkTo(new DiscardingSink<>());
        long start = System.nanoTime();
        env.execute("bounded memory");
        System.out.println("done " + records + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
