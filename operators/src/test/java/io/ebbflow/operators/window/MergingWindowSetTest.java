package io.ebbflow.operators.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebbflow.api.state.MapState;
import io.ebbflow.api.state.MapStateDescriptor;
import io.ebbflow.api.windowing.assigners.EventTimeSessionWindows;
import io.ebbflow.api.windowing.windows.TimeWindow;
import io.ebbflow.runtime.keygroup.KeyGroupRange;
import io.ebbflow.runtime.state.heap.HeapKeyedStateBackend;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MergingWindowSetTest {

    private final HeapKeyedStateBackend<String> backend = new HeapKeyedStateBackend<>(new KeyGroupRange(0, 127), 128);
    private final MapState<TimeWindow, TimeWindow> state =
            backend.getOrCreateKeyedState(new MapStateDescriptor<>("windows", TimeWindow.class, TimeWindow.class));
    private final EventTimeSessionWindows sessions = EventTimeSessionWindows.withGap(Duration.ofMillis(10));
    private final List<String> merges = new ArrayList<>();

    MergingWindowSetTest() {
        backend.setCurrentKey("k");
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private MergingWindowSet<TimeWindow> load() {
        return new MergingWindowSet<>(sessions, state);
    }

    private TimeWindow add(MergingWindowSet<TimeWindow> set, long start, long end) throws Exception {
        return set.addWindow(new TimeWindow(start, end), (result, merged, stateResult, mergedState) ->
                merges.add(result + " <- " + merged + " state " + stateResult + " <- " + mergedState));
    }

    @Test
    void shouldKeepANewWindowAsItsOwnStateWindowWhenNothingOverlaps() throws Exception {
        MergingWindowSet<TimeWindow> set = load();
        assertThat(add(set, 0, 10)).isEqualTo(new TimeWindow(0, 10));
        assertThat(add(set, 20, 30)).isEqualTo(new TimeWindow(20, 30));

        assertThat(merges).isEmpty();
        assertThat(set.getStateWindow(new TimeWindow(20, 30))).isEqualTo(new TimeWindow(20, 30));
    }

    @Test
    void shouldMergeStateIntoOneExistingStateWindowWhenANewWindowBridgesTwo() throws Exception {
        MergingWindowSet<TimeWindow> set = load();
        add(set, 0, 10);
        add(set, 18, 28);
        TimeWindow result = add(set, 9, 19);

        assertThat(result).isEqualTo(new TimeWindow(0, 28));
        TimeWindow stateWindow = set.getStateWindow(result);
        assertThat(stateWindow).isIn(new TimeWindow(0, 10), new TimeWindow(18, 28));
        TimeWindow other = stateWindow.equals(new TimeWindow(0, 10)) ? new TimeWindow(18, 28) : new TimeWindow(0, 10);
        assertThat(merges).containsExactly("TimeWindow[0, 28) <- " + List.of(new TimeWindow(0, 10), new TimeWindow(18, 28))
                + " state " + stateWindow + " <- " + List.of(other));
    }

    @Test
    void shouldNotMergeAnythingWhenTheSameWindowIsAddedTwice() throws Exception {
        MergingWindowSet<TimeWindow> set = load();
        add(set, 5, 15);
        assertThat(add(set, 5, 15)).isEqualTo(new TimeWindow(5, 15));

        assertThat(merges).isEmpty();
        assertThat(set.getStateWindow(new TimeWindow(5, 15))).isEqualTo(new TimeWindow(5, 15));
    }

    @Test
    void shouldKeepTheStateWindowWhenAWindowGrowsByMerging() throws Exception {
        MergingWindowSet<TimeWindow> set = load();
        add(set, 0, 10);
        assertThat(add(set, 5, 15)).isEqualTo(new TimeWindow(0, 15));

        assertThat(set.getStateWindow(new TimeWindow(0, 15))).isEqualTo(new TimeWindow(0, 10));
        assertThat(merges).containsExactly("TimeWindow[0, 15) <- [TimeWindow[0, 10)] state TimeWindow[0, 10) <- []");
    }

    @Test
    void shouldRestoreTheMappingFromStateWhenPersisted() throws Exception {
        MergingWindowSet<TimeWindow> set = load();
        add(set, 0, 10);
        add(set, 5, 15);
        set.persist();

        MergingWindowSet<TimeWindow> reloaded = load();
        assertThat(reloaded.getStateWindow(new TimeWindow(0, 15))).isEqualTo(new TimeWindow(0, 10));

        reloaded.retireWindow(new TimeWindow(0, 15));
        reloaded.persist();
        assertThat(backend.numberOfEntries("windows")).isZero();
        assertThatThrownBy(() -> reloaded.retireWindow(new TimeWindow(0, 15)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TimeWindow[0, 15)");
    }

    @Test
    void shouldAlignWindowStartsWhenTimestampsAreNegative() {
        assertThat(TimeWindow.getWindowStartWithOffset(-1, 0, 10)).isEqualTo(-10);
        assertThat(TimeWindow.getWindowStartWithOffset(-10, 0, 10)).isEqualTo(-10);
        assertThat(TimeWindow.getWindowStartWithOffset(7, 5, 10)).isEqualTo(5);
        assertThat(TimeWindow.getWindowStartWithOffset(4, 5, 10)).isEqualTo(-5);
        assertThat(new TimeWindow(0, 10).intersects(new TimeWindow(10, 20))).isTrue();
        assertThat(new TimeWindow(0, 10).intersects(new TimeWindow(11, 20))).isFalse();
        assertThatThrownBy(() -> new TimeWindow(5, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[5, 5)");
    }
}
