package io.ebbflow.runtime.keygroup;

/**
 * Maps keys to key groups and key groups to subtasks, with the same arithmetic as Flink: a key goes to key
 * group {@code murmur3(key.hashCode()) % maxParallelism}, and subtask {@code i} of {@code p} owns the
 * contiguous key groups {@code [ceil(i * max / p), ceil((i + 1) * max / p) - 1]}. Contiguous ranges let
 * keyed state be rescaled by moving whole key groups, and give RocksDB contiguous key ranges per subtask.
 *
 * <p>Stateless and thread-safe.
 */
public final class KeyGroupRangeAssignment {

    /** The default number of key groups (Flink's default for small parallelism). */
    public static final int DEFAULT_MAX_PARALLELISM = 128;

    /** The largest supported number of key groups: key groups are stored in 2 bytes. */
    public static final int UPPER_BOUND_MAX_PARALLELISM = 1 << 15;

    private KeyGroupRangeAssignment() {}

    /**
     * Returns the key group of {@code key}.
     *
     * @throws NullPointerException when {@code key} is null (a key selector must not return null)
     */
    public static int assignToKeyGroup(Object key, int maxParallelism) {
        if (key == null) {
            throw new NullPointerException("A key selector returned null: keys must not be null");
        }
        return computeKeyGroupForKeyHash(key.hashCode(), maxParallelism);
    }

    public static int computeKeyGroupForKeyHash(int keyHash, int maxParallelism) {
        return murmurHash(keyHash) % maxParallelism;
    }

    /** Returns the subtask index in {@code [0, parallelism)} that owns {@code keyGroup}. */
    public static int computeOperatorIndexForKeyGroup(int maxParallelism, int parallelism, int keyGroup) {
        return keyGroup * parallelism / maxParallelism;
    }

    /** Returns the key groups owned by subtask {@code operatorIndex}. */
    public static KeyGroupRange computeKeyGroupRangeForOperatorIndex(int maxParallelism, int parallelism, int operatorIndex) {
        checkParallelism(maxParallelism, parallelism);
        int start = (operatorIndex * maxParallelism + parallelism - 1) / parallelism;
        int end = ((operatorIndex + 1) * maxParallelism + parallelism - 1) / parallelism - 1;
        return new KeyGroupRange(start, end);
    }

    /**
     * @throws IllegalArgumentException when {@code parallelism} is not in {@code [1, maxParallelism]} or
     *     {@code maxParallelism} exceeds {@link #UPPER_BOUND_MAX_PARALLELISM}
     */
    public static void checkParallelism(int maxParallelism, int parallelism) {
        if (maxParallelism < 1 || maxParallelism > UPPER_BOUND_MAX_PARALLELISM) {
            throw new IllegalArgumentException("Max parallelism must be in [1, " + UPPER_BOUND_MAX_PARALLELISM + "], was " + maxParallelism);
        }
        if (parallelism < 1 || parallelism > maxParallelism) {
            throw new IllegalArgumentException("Parallelism must be in [1, max parallelism " + maxParallelism + "], was " + parallelism);
        }
    }

    /**
     * The 32-bit MurmurHash3 of one 4-byte block with seed 0 (the public algorithm by Austin Appleby), made
     * non-negative. Spreads poor {@code hashCode}s (small integers) evenly over key groups.
     */
    static int murmurHash(int code) {
        int k = code * 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15);
        k *= 0x1b873593;
        int h = Integer.rotateLeft(k, 13);
        h = h * 5 + 0xe6546b64;
        h ^= 4;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        if (h >= 0) {
            return h;
        }
        return h != Integer.MIN_VALUE ? -h : 0;
    }
}
