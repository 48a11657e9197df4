package io.ebbflow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ebbflow.api.StreamExecutionEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordCountTest {

    /** An independent count: a regex scan for word-character runs, not the job's split. */
    private static Map<String, Long> referenceCount(Path file) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        Matcher m = Pattern.compile("\\w+").matcher(Files.readString(file).toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1L, Long::sum);
        }
        return counts;
    }

    @Test
    void shouldCountEveryWordOfTheDefaultLicenseWhenRunAtParallelism3() throws Exception {
        Path file = Path.of(WordCount.DEFAULT_FILE);
        List<WordCount.WordCountEntry> result = WordCount.count(StreamExecutionEnvironment.createLocalEnvironment(3), file.toString());
        Map<String, Long> actual = new HashMap<>();
        result.forEach(e -> actual.put(e.word(), e.count()));
        assertThat(actual).isEqualTo(referenceCount(file));
        for (int i = 1; i < result.size(); i++) {
            WordCount.WordCountEntry a = result.get(i - 1);
            WordCount.WordCountEntry b = result.get(i);
            assertThat(a.count() > b.count() || a.count() == b.count() && a.word().compareTo(b.word()) < 0).isTrue();
        }
    }

    @Test
    void shouldCountWordsOfAllFilesWhenGivenADirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The cat, the DOG!\nthe end\n");
        Files.writeString(dir.resolve("b.txt"), "--- dog\n\n  cat's\n");
        List<WordCount.WordCountEntry> result = WordCount.count(StreamExecutionEnvironment.createLocalEnvironment(2), dir.toString());
        assertThat(result).containsExactly(
                new WordCount.WordCountEntry("the", 3),
                new WordCount.WordCountEntry("cat", 2),
                new WordCount.WordCountEntry("dog", 2),
                new WordCount.WordCountEntry("end", 1),
                new WordCount.WordCountEntry("s", 1));
    }
}
