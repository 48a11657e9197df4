package io.ebbflow.sorter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ebbflow.sorter.encoding.LongKeyEncoder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalSorterFailureTest {

    @TempDir
    Path tempDir;

    @Test
    void shouldRaiseSpillExceptionNamingDirectoryWhenTempDirectoryIsUnusable() throws Exception {
        Path regularFile = Files.createFile(tempDir.resolve("not-a-directory"));
        Path unusable = regularFile.resolve("sub"); // under a regular file: unusable even for root
        ExternalSorter sorter = ExternalSorter.builder().memoryBytes(16 * 1024).pageSizeBytes(512)
                .tempDirectories(List.of(unusable)).build();
        byte[] value = new byte[32];
        assertThatThrownBy(() -> {
            for (long i = 0; i < 10_000; i++) {
                sorter.add(LongKeyEncoder.encode(i), value);
            }
            sorter.finish();
        }).isInstanceOf(SpillException.class)
                .hasMessageContaining(unusable.toString())
                .hasMessageContaining("spilling run 0");
        assertThatThrownBy(() -> sorter.add(new byte[1], value))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("failed");
        sorter.close();
        sorter.close();
        assertThat(sorter.spillFiles()).isEmpty();
        assertThat(listAll(tempDir)).containsExactly(regularFile);
    }

    @Test
    void shouldRaiseSpillExceptionNamingFileWhenSpillFileIsTruncatedAndDeleteAllFilesOnClose() throws Exception {
        Path dir = tempDir.resolve("spill");
        try (ExternalSorter sorter = ExternalSorter.builder().memoryBytes(16 * 1024).pageSizeBytes(512)
                .tempDirectories(List.of(dir)).build()) {
            byte[] value = new byte[32];
            for (long i = 0; i < 5_000; i++) {
                sorter.add(LongKeyEncoder.encode(i * 7919 % 5000), value);
            }
            SortedGroups groups = sorter.finish();
            List<Path> files = sorter.spillFiles();
            assertThat(files).isNotEmpty();
            assertThat(listAll(dir)).hasSameSizeAs(files);
            Path victim = files.get(files.size() / 2);
            try (FileChannel channel = FileChannel.open(victim, StandardOpenOption.WRITE)) {
                channel.truncate(0);
            }
            assertThatThrownBy(() -> {
                while (groups.nextKey()) {
                    while (groups.nextValue()) {
                        // drain
                    }
                }
            }).isInstanceOf(SpillException.class).hasMessageContaining(victim.toString());
        }
        assertThat(listAll(dir)).isEmpty();
    }

    @Test
    void shouldDeleteSpillFilesWhenClosedBeforeFinishing() throws Exception {
        Path dir = tempDir.resolve("spill");
        ExternalSorter sorter = ExternalSorter.builder().memoryBytes(16 * 1024).pageSizeBytes(512)
                .tempDirectories(List.of(dir)).build();
        for (long i = 0; i < 5_000; i++) {
            sorter.add(LongKeyEncoder.encode(i), new byte[16]);
        }
        assertThat(sorter.metrics().runsSpilled()).isPositive();
        sorter.close();
        assertThat(listAll(dir)).isEmpty();
    }

    private static List<Path> listAll(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
