package io.ebbflow.sorter.spill;

import io.ebbflow.sorter.SpillException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates spill files round-robin across the configured temp directories and deletes them: one by
 * one when a run is consumed, all on {@link #deleteAll()} (close, reset, failure), and, as a last
 * resort, from a JVM shutdown hook shared by all sorters.
 *
 * <p>Thread-safe: the spill thread creates files while the owning thread may delete others.
 */
public final class SpillFiles {

    private static final Logger LOG = LoggerFactory.getLogger(SpillFiles.class);
    private static final String FILE_PREFIX = "ebbflow-sort-";
    private static final String FILE_SUFFIX = ".run";
    private static final Set<Path> LIVE_IN_JVM = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SpillFiles::deleteLeftoversAtExit, "ebbflow-sorter-spill-cleanup"));
    }

    private final List<Path> directories;
    private final Set<Path> live = new LinkedHashSet<>();
    private int nextDirectory;

    /** @param directories where spill files go, at least one */
    public SpillFiles(List<Path> directories) {
        if (directories.isEmpty()) {
            throw new IllegalArgumentException("at least one temp directory is needed");
        }
        this.directories = List.copyOf(directories);
    }

    /**
     * Creates an empty spill file in the next directory, creating the directory if missing.
     *
     * @param purpose what the file is for, e.g. "spilling run 3", for error messages
     * @throws SpillException if the directory or the file cannot be created
     */
    public synchronized Path create(String purpose) {
        Path directory = directories.get(nextDirectory);
        nextDirectory = (nextDirectory + 1) % directories.size();
        try {
            Files.createDirectories(directory);
            Path file = Files.createTempFile(directory, FILE_PREFIX, FILE_SUFFIX);
            live.add(file);
            LIVE_IN_JVM.add(file);
            return file;
        } catch (IOException | SecurityException e) {
            throw new SpillException("Cannot create a spill file in temp directory " + directory
                    + " while " + purpose + ": " + e, e);
        }
    }

    /** Deletes one spill file; failures are logged, not thrown. */
    public synchronized void delete(Path file) {
        live.remove(file);
        LIVE_IN_JVM.remove(file);
        deleteQuietly(file);
    }

    /** Deletes every spill file still alive; failures are logged, not thrown. */
    public synchronized void deleteAll() {
        for (Path file : new ArrayList<>(live)) {
            delete(file);
        }
    }

    /** The spill files that exist now (for tests and diagnostics). */
    public synchronized List<Path> liveFiles() {
        return List.copyOf(live);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete spill file {}: {}", file, e.toString());
        }
    }

    private static void deleteLeftoversAtExit() {
        for (Path file : LIVE_IN_JVM) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort at JVM exit
            }
        }
    }
}
