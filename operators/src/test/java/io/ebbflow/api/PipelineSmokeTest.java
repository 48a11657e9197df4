package io.ebbflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineSmokeTest {

    record KV(long key, long count) {}

    @Test
    void shouldReduceByKeyWhenRunInParallel() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(3);
        List<KV> out = new ArrayList<>();
        try (CloseableIterator<KV> it = env.fromSequence(1, 10_000)
                .map(i -> new KV(i % 7, 1))
                .keyBy(KV::key)
                .reduce((a, b) -> new KV(a.key(), a.count() + b.count()))
                .executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        Map<Long, Long> last = new HashMap<>();
        for (KV kv : out) {
            last.merge(kv.key(), kv.count(), Math::max);
        }
        Map<Long, Long> expected = new HashMap<>();
        for (long i = 1; i <= 10_000; i++) {
            expected.merge(i % 7, 1L, Long::sum);
        }
        assertThat(out).hasSize(10_000);
        assertThat(last).isEqualTo(expected);
    }
}
