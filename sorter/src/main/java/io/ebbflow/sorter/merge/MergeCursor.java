package io.ebbflow.sorter.merge;

import io.ebbflow.sorter.record.RecordCursor;
import io.ebbflow.sorter.record.RecordFormat;

/**
 * A k-way merge of sorted cursors through a loser tree: each record costs about log2(k) key
 * comparisons, which compare cached normalized prefixes as longs and read key bytes only on a tie.
 * Equal keys come out in source order (source 0 first), so merging runs in the order they were
 * spilled keeps the sort stable.
 *
 * <p>Not thread-safe. Allocates only at construction.
 */
public final class MergeCursor implements RecordCursor {

    private final RecordCursor[] sources;
    private final long[] prefixes;
    private final boolean[] exhausted;
    private final int[] tree;
    private final int k;
    private boolean started;
    private RecordCursor current;

    /** @param sources sorted inputs, earliest data first; at least one */
    public MergeCursor(RecordCursor[] sources) {
        if (sources.length == 0) {
            throw new IllegalArgumentException("a merge needs at least one source");
        }
        this.sources = sources.clone();
        this.k = sources.length;
        this.prefixes = new long[k];
        this.exhausted = new boolean[k];
        this.tree = new int[k];
    }

    @Override
    public boolean advance() {
        if (!started) {
            started = true;
            for (int i = 0; i < k; i++) {
                pull(i);
            }
            build();
        } else {
            int winner = tree[0];
            if (exhausted[winner]) {
                return false;
            }
            pull(winner);
            replay(winner);
        }
        int winner = tree[0];
        if (exhausted[winner]) {
            current = null;
            return false;
        }
        current = sources[winner];
        return true;
    }

    private void pull(int source) {
        RecordCursor cursor = sources[source];
        if (cursor.advance()) {
            prefixes[source] = cursor.keyPrefix();
        } else {
            exhausted[source] = true;
        }
    }

    private void build() {
        int[] winners = new int[2 * k];
        for (int i = 0; i < k; i++) {
            winners[k + i] = i;
        }
        for (int node = k - 1; node >= 1; node--) {
            int a = winners[2 * node];
            int b = winners[2 * node + 1];
            if (before(a, b)) {
                winners[node] = a;
                tree[node] = b;
            } else {
                winners[node] = b;
                tree[node] = a;
            }
        }
        tree[0] = k == 1 ? 0 : winners[1];
    }

    private void replay(int source) {
        final int[] t = tree;
        int winner = source;
        for (int node = (source + k) >>> 1; node >= 1; node >>>= 1) {
            int challenger = t[node];
            if (before(challenger, winner)) {
                t[node] = winner;
                winner = challenger;
            }
        }
        t[0] = winner;
    }

    /** Whether source a's record comes before source b's. */
    private boolean before(int a, int b) {
        if (exhausted[a]) {
            return exhausted[b] && a < b;
        }
        if (exhausted[b]) {
            return true;
        }
        long pa = prefixes[a];
        long pb = prefixes[b];
        if (pa != pb) {
            return Long.compareUnsigned(pa, pb) < 0;
        }
        RecordCursor ca = sources[a];
        RecordCursor cb = sources[b];
        int c = RecordFormat.compareKeys(pa, ca.keyBuffer(), ca.keyOffset(), ca.keyLength(),
                pb, cb.keyBuffer(), cb.keyOffset(), cb.keyLength());
        return c < 0 || (c == 0 && a < b);
    }

    @Override
    public long keyPrefix() {
        return prefixes[tree[0]];
    }

    @Override
    public byte[] keyBuffer() {
        return current.keyBuffer();
    }

    @Override
    public int keyOffset() {
        return current.keyOffset();
    }

    @Override
    public int keyLength() {
        return current.keyLength();
    }

    @Override
    public byte[] valueBuffer() {
        return current.valueBuffer();
    }

    @Override
    public int valueOffset() {
        return current.valueOffset();
    }

    @Override
    public int valueLength() {
        return current.valueLength();
    }

    @Override
    public boolean stableKeys() {
        return false;
    }

    /** Closes every source, even if one fails; rethrows the first failure. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (RecordCursor source : sources) {
            try {
                source.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        current = null;
        if (failure != null) {
            throw failure;
        }
    }
}
