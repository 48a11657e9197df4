package io.ebbflow.sorter.spill;

import java.nio.file.Path;

/**
 * A sorted run on disk.
 *
 * @param file     the spill file
 * @param sequence the run's number, in the order its records arrived (earlier runs hold earlier records)
 * @param records  records in the run
 * @param bytes    bytes of the file
 */
public record SpilledRun(Path file, int sequence, long records, long bytes) {
}
