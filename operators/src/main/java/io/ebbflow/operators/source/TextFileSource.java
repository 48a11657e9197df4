package io.ebbflow.operators.source;

import io.ebbflow.api.connector.source.Boundedness;
import io.ebbflow.api.connector.source.Source;
import io.ebbflow.api.connector.source.SourceReader;
import io.ebbflow.api.connector.source.SourceReaderContext;
import io.ebbflow.api.connector.source.SourceSplit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * {@code readTextFile(path)}: the lines of a UTF-8 text file, or of every regular file in a directory (one
 * split per file, in name order). Splits record how many lines were read, so a restore skips them.
 */
public final class TextFileSource implements Source<String, TextFileSource.Split> {
    private static final long serialVersionUID = 1L;

    private final String path;

    public TextFileSource(String path) {
        this.path = path;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    /** @throws NoSuchFileException naming the path when it does not exist */
    @Override
    public List<Split> createSplits(int parallelism) throws IOException {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            throw new NoSuchFileException(p.toAbsolutePath().toString(), null, "readTextFile: no such file or directory");
        }
        List<Split> splits = new ArrayList<>();
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.list(p)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> splits.add(new Split(f.toString(), 0)));
            }
        } else {
            splits.add(new Split(p.toString(), 0));
        }
        return splits;
    }

    @Override
    public SourceReader<String, Split> createReader(SourceReaderContext context) {
        return new IteratorSourceReader<>(new IteratorSourceReader.SplitReader<>() {
            @Override
            public Iterator<String> open(Split split) throws IOException {
                return new LineIterator(split);
            }

            @Override
            public Split advance(Split split, long emitted) {
                return new Split(split.file(), split.linesRead() + emitted);
            }
        }, context);
    }

    /**
     * A file and the number of lines already emitted from it.
     *
     * @param file the file's path
     * @param linesRead lines to skip when the split is opened
     */
    public record Split(String file, long linesRead) implements SourceSplit {
        @Override
        public String splitId() {
            return file;
        }
    }

    private static final class LineIterator implements Iterator<String>, AutoCloseable {
        private final BufferedReader reader;
        private final String file;
        private String next;

        LineIterator(Split split) throws IOException {
            this.file = split.file();
            this.reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
            for (long i = 0; i < split.linesRead(); i++) {
                if (reader.readLine() == null) {
                    break;
                }
            }
            advance();
        }

        private void advance() {
            try {
                next = reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public String next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            String line = next;
            advance();
            return line;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
