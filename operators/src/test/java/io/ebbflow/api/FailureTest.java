package io.ebbflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebbflow.runtime.config.IllegalConfigurationException;
import io.ebbflow.runtime.execution.JobExecutionException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FailureTest {

    @Test
    void shouldFailJobWithOperatorAndSubtaskWhenUserFunctionThrows() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        env.fromSequence(1, 1000)
                .map(i -> {
                    if (i == 777) {
                        throw new IllegalStateException("bad record 777");
                    }
                    return i;
                })
                .name("Parse")
                .print();
        assertThatThrownBy(() -> env.execute("failing job"))
                .isInstanceOf(JobExecutionException.class)
                .hasMessageMatching("Job 'failing job' failed: operator 'Parse' \\(subtask [12]/2\\) threw "
                        + "java.lang.IllegalStateException: bad record 777")
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("bad record 777");
    }

    @Test
    void shouldReleaseAllTaskThreadsWhenJobFails() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(4);
        env.fromSequence(1, 1_000_000)
                .keyBy(i -> i % 100)
                .map(i -> {
                    if (i == 500_000) {
                        throw new ArithmeticException("boom");
                    }
                    return i;
                })
                .print();
        assertThatThrownBy(() -> env.execute("fails mid-stream")).isInstanceOf(JobExecutionException.class);
        Set<Thread> after = Thread.getAllStackTraces().keySet();
        assertThat(after.stream().filter(t -> !before.contains(t)).filter(Thread::isAlive)
                .filter(t -> !t.getName().startsWith("ForkJoinPool"))).isEmpty();
    }

    @Test
    void shouldNameTheClosestKeyWhenConfigKeyIsMisspelt() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        env.getConfig().setString("execution.bufer-timeout", "10 ms");
        env.fromElements(1, 2, 3).print();
        assertThatThrownBy(() -> env.execute("bad config"))
                .isInstanceOf(IllegalConfigurationException.class)
                .hasMessage("Unknown config key 'execution.bufer-timeout' (did you mean 'execution.buffer-timeout'?)");
    }

    @Test
    void shouldNameKeyAndValueWhenConfigValueIsInvalid() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        env.getConfig().setString("execution.buffer-timeout", "soon");
        env.fromElements(1).print();
        assertThatThrownBy(() -> env.execute("bad value"))
                .isInstanceOf(IllegalConfigurationException.class)
                .hasMessageStartingWith("Invalid value 'soon' for config key 'execution.buffer-timeout' "
                        + "(expected a duration such as 100 ms, 10 s or 5 min)");
    }
}
