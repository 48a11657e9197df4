package io.ebbflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A fast source feeding a keyed exchange must be held back by the bounded channels: 10^7 records go through
 * a JVM whose heap (256 MiB) is far smaller than the records would take if queued.
 */
class BoundedMemoryJobIT {

    @Test
    void shouldFinish10MillionRecordJobWhenHeapIs256m() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", classPath, BoundedMemoryJobMain.class.getName(), "10000000")
                .redirectErrorStream(true).start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("job ended in time; output:%n%s", out).isTrue();
        assertThat(p.exitValue()).as("exit code; output:%n%s", out).isZero();
        assertThat(out).contains("done 10000000 in");
    }
}
