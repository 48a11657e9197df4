package io.ebbflow.examples;

import io.ebbflow.api.CloseableIterator;
import io.ebbflow.api.StreamExecutionEnvironment;
import io.ebbflow.api.functions.Collector;
import io.ebbflow.api.functions.KeyedProcessFunction;
import io.ebbflow.api.functions.OpenContext;
import io.ebbflow.api.state.ValueState;
import io.ebbflow.api.state.ValueStateDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Counts the words of a text file: the lower-cased pieces of each line split on {@code \W+} (as Flink's
 * WordCount), empty pieces dropped. Prints {@code count<TAB>word} for the top N words, by count descending,
 * then word ascending.
 */
public final class WordCount {

    static final String DEFAULT_FILE = "/usr/share/common-licenses/Apache-2.0";
    static final String USAGE = """
            Usage: WordCount [file] [--top N] [--parallelism P]
              file            a UTF-8 text file or a directory of them (default: %s)
              --top N         how many words to print (default: 20)
              --parallelism P subtasks per operator (default: number of cores)
            """.formatted(DEFAULT_FILE);

    /**
     * A word and how often it occurs.
     *
     * @param word lower-cased
     * @param count occurrences, at least 1
     */
    public record WordCountEntry(String word, long count) {}

    private WordCount() {}

    public static void main(String[] args) throws Exception {
        String file = DEFAULT_FILE;
        int top = 20;
        int parallelism = -1;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        System.out.print(USAGE);
                        return;
                    }
                    case "--top" -> top = Integer.parseInt(args[++i]);
                    case "--parallelism" -> parallelism = Integer.parseInt(args[++i]);
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        file = args[i];
                    }
                }
            }
        } catch (RuntimeException e) {
            System.err.println("WordCount: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
        if (!Files.exists(Path.of(file))) {
            System.err.println("WordCount: no such file: " + file);
            System.exit(2);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        if (parallelism > 0) {
            env.setParallelism(parallelism);
        }
        List<WordCountEntry> counts = count(env, file);
        for (WordCountEntry e : counts.subList(0, Math.min(top, counts.size()))) {
            System.out.println(e.count() + "\t" + e.word());
        }
    }

    /** Runs the job and returns every word's count, by count descending then word ascending. */
    public static List<WordCountEntry> count(StreamExecutionEnvironment env, String file) throws Exception {
        List<WordCountEntry> out = new ArrayList<>();
        try (CloseableIterator<WordCountEntry> it = env.readTextFile(file)
                .flatMap((String line, Collector<String> words) -> {
                    for (String w : line.toLowerCase(Locale.ROOT).split("\\W+")) {
                        if (!w.isEmpty()) {
                            words.collect(w);
                        }
                    }
                })
                .keyBy(w -> w)
                .process(new CountAtEnd())
                .name("Count words")
                .executeAndCollect("WordCount " + file)) {
            it.forEachRemaining(out::add);
        }
        out.sort(Comparator.comparingLong(WordCountEntry::count).reversed().thenComparing(WordCountEntry::word));
        return out;
    }

    /** Counts per word in keyed state and emits each word once, when event time ends (end of input). */
    static final class CountAtEnd extends KeyedProcessFunction<String, String, WordCountEntry> {
        private static final long serialVersionUID = 1L;
        private transient ValueState<Long> count;

        @Override
        public void open(OpenContext context) {
            count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Long.class));
        }

        @Override
        public void processElement(String word, Context ctx, Collector<WordCountEntry> out) {
            Long c = count.value();
            if (c == null) {
                ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
                c = 0L;
            }
            count.update(c + 1);
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<WordCountEntry> out) {
            out.collect(new WordCountEntry(ctx.getCurrentKey(), count.value()));
            count.clear();
        }
    }
}
