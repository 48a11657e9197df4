package io.ebbflow.sorter;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebbflow.sorter.testutils.BoundedMemorySortMain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sorts 10^7 records in a JVM whose heap is barely larger than the sorter's budget. */
class ExternalSorterMemoryIT {

    private static final long RECORDS = 10_000_000;
    private static final long BUDGET_BYTES = 64L << 20;
    private static final String MAX_HEAP = "-Xmx160m";

    @TempDir
    Path tempDir;

    @Test
    void shouldSortTenMillionRecordsWhenHeapIsBudgetPlusSmallMargin() throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = tempDir.resolve("child.log");
        Path spill = tempDir.resolve("spill");
        Process process = new ProcessBuilder(java, MAX_HEAP, "-cp", classPath,
                BoundedMemorySortMain.class.getName(), Long.toString(RECORDS), Long.toString(BUDGET_BYTES), spill.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean exited = process.waitFor(5, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(exited).as("child finished in time; output: %s", output).isTrue();
        assertThat(process.exitValue()).as("child exit code; output: %s", output).isZero();
        assertThat(output).contains("recordsIn=" + RECORDS).doesNotContain("OutOfMemoryError");
        try (Stream<Path> left = Files.exists(spill) ? Files.list(spill) : Stream.empty()) {
            assertThat(left).isEmpty();
        }
    }

}
