package io.ebbflow.api.functions;

/**
 * Receives, for one key (and window), all values of the first input and all of the second; either may be
 * empty. The iterables may be read once.
 */
@FunctionalInterface
public interface CoGroupFunction<I1, I2, O> extends Function {
    void coGroup(Iterable<I1> first, Iterable<I2> second, Collector<O> out) throws Exception;
}
