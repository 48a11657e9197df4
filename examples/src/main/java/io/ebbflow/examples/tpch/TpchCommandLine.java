package io.ebbflow.examples.tpch;

import io.ebbflow.api.StreamExecutionEnvironment;
import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The command line shared by the TPC-H examples: {@code [--sf F] [--parallelism N] [--help]}. Runs one query
 * and prints its answer to standard output.
 *
 * <p>Exit codes: 0 after the answer or the usage text for {@code --help}; 2 for a bad argument (the usage
 * goes to standard error); 1 when the job fails.
 */
public final class TpchCommandLine {

    /** The scale factor when {@code --sf} is not given: about 60k lineitem rows. */
    public static final double DEFAULT_SCALE_FACTOR = 0.01;
    public static final int EXIT_OK = 0;
    public static final int EXIT_JOB_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(TpchCommandLine.class);

    /** A query run by the command line: returns the answer's lines, header first. */
    @FunctionalInterface
    public interface Query {
        List<String> run(StreamExecutionEnvironment env, double scaleFactor) throws Exception;
    }

    /**
     * Parsed arguments.
     *
     * @param scaleFactor the TPC-H scale factor, positive
     * @param parallelism the job's parallelism, or 0 for the environment's default (one per core)
     * @param help whether {@code --help} was given
     */
    public record Arguments(double scaleFactor, int parallelism, boolean help) {

        /**
         * Parses {@code --sf F}, {@code --parallelism N} (also as {@code --sf=F}) and {@code --help}/{@code -h}.
         *
         * @throws IllegalArgumentException naming the argument when one is unknown, lacks its value, or its
         *     value is not a number in range
         */
        public static Arguments parse(String... args) {
            double scaleFactor = DEFAULT_SCALE_FACTOR;
            int parallelism = 0;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                switch (name) {
                    case "--help", "-h" -> {
                        return new Arguments(scaleFactor, parallelism, true);
                    }
                    case "--sf" -> {
                        if (value == null) {
                            value = valueOf(args, ++i, name);
                        }
                        scaleFactor = parseScaleFactor(value);
                    }
                    case "--parallelism" -> {
                        if (value == null) {
                            value = valueOf(args, ++i, name);
                        }
                        parallelism = parseParallelism(value);
                    }
                    default -> throw new IllegalArgumentException("Unknown argument '" + arg + "'");
                }
            }
            return new Arguments(scaleFactor, parallelism, false);
        }

        private static String valueOf(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static double parseScaleFactor(String value) {
            double sf;
            try {
                sf = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--sf must be a number, was '" + value + "'");
            }
            if (!(sf > 0) || Double.isInfinite(sf)) {
                throw new IllegalArgumentException("--sf must be positive, was '" + value + "'");
            }
            return sf;
        }

        private static int parseParallelism(String value) {
            int p;
            try {
                p = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--parallelism must be an integer, was '" + value + "'");
            }
            if (p < 1) {
                throw new IllegalArgumentException("--parallelism must be at least 1, was '" + value + "'");
            }
            return p;
        }
    }

    private TpchCommandLine() {}

    /** The usage text of the example {@code mainClass}, described by {@code description}. */
    public static String usage(String mainClass, String description) {
        return "Usage: " + mainClass + " [--sf F] [--parallelism N] [--help]\n"
                + description + "\n"
                + "Prints the answer in the format of the TPC-H answer files (pipe-separated rows).\n"
                + "\n"
                + "  --sf F             TPC-H scale factor, positive (default " + DEFAULT_SCALE_FACTOR + ")\n"
                + "  --parallelism N    parallel subtasks per operator, at least 1 (default: one per core)\n"
                + "  -h, --help         print this text and exit\n";
    }

    /**
     * Parses {@code args}, runs {@code query} and prints its answer; returns the exit code (see the class doc).
     *
     * @param mainClass the example's class name, for the usage text and the log
     * @param description one line saying what the query computes
     */
    public static int execute(String mainClass, String description, Query query, String[] args, PrintStream out,
            PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(mainClass + ": " + e.getMessage());
            err.print(usage(mainClass, description));
            return EXIT_USAGE;
        }
        if (arguments.help()) {
            out.print(usage(mainClass, description));
            return EXIT_OK;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        if (arguments.parallelism() > 0) {
            env.setParallelism(arguments.parallelism());
        }
        long startNanos = System.nanoTime();
        List<String> answer;
        try {
            answer = query.run(env, arguments.scaleFactor());
        } catch (Exception e) {
            LOG.error("{} at scale factor {} failed", mainClass, arguments.scaleFactor(), e);
            err.println(mainClass + ": the job failed: " + e);
            return EXIT_JOB_FAILED;
        }
        long elapsedMillis = (System.nanoTime() - startNanos) / 1_000_000;
        answer.forEach(out::println);
        out.flush();
        LOG.info("{} at scale factor {} with parallelism {}: {} rows in {} ms", mainClass, arguments.scaleFactor(),
                env.getParallelism(), answer.size() - 1, elapsedMillis);
        return EXIT_OK;
    }
}
