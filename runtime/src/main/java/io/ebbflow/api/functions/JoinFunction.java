package io.ebbflow.api.functions;

/** Combines one value of each input with equal keys (in the same window) into one output value. */
@FunctionalInterface
public interface JoinFunction<I1, I2, O> extends Function {
    O join(I1 first, I2 second) throws Exception;
}
