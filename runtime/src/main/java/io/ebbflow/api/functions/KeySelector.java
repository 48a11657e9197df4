package io.ebbflow.api.functions;

/**
 * Extracts the key of a record for {@code keyBy}.
 *
 * <p>The key's {@code hashCode} picks the key group (and so the subtask), and {@code equals} identifies the
 * key's state: both must be deterministic across JVMs (enums and records of strings and numbers are; arrays
 * and identity-hashed objects are not).
 */
@FunctionalInterface
public interface KeySelector<IN, KEY> extends Function {
    KEY getKey(IN value) throws Exception;
}
