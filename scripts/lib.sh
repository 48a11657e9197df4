# Shared helpers for Ebbflow's scripts; source it, don't run it.
# Builds what is missing (or older than the sources) with Maven, and gives the class paths to run from.

EBBFLOW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EBBFLOW_JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Builds every module (without tests) when the examples' class path is missing or a source file or pom is
# newer than the last build. Maven downloads dependencies on the first run.
ebbflow_build() {
  local stamp="$EBBFLOW_ROOT/examples/target/.ebbflow-built"
  if [ -f "$stamp" ] && [ -d "$EBBFLOW_ROOT/examples/target/lib" ] && \
     [ -z "$(find "$EBBFLOW_ROOT" -path '*/target' -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$stamp" -print -quit)" ]; then
    return 0
  fi
  echo "Building Ebbflow (mvn install -DskipTests)..." >&2
  (cd "$EBBFLOW_ROOT" && mvn -q -B -ntp install -DskipTests) >&2 || { echo "Build failed" >&2; return 1; }
  touch "$stamp"
}

# The class path of the examples module: its classes plus every runtime dependency.
ebbflow_examples_classpath() {
  echo "$EBBFLOW_ROOT/examples/target/classes:$EBBFLOW_ROOT/examples/target/lib/*"
}

# The test class path of one module (for benchmarks that live in test sources, such as the sorter's).
ebbflow_module_test_classpath() {
  local module="$1" cpfile="$EBBFLOW_ROOT/$1/target/test-classpath.txt"
  if [ ! -f "$cpfile" ] || [ "$EBBFLOW_ROOT/$module/pom.xml" -nt "$cpfile" ]; then
    (cd "$EBBFLOW_ROOT" && mvn -q -B -ntp -pl "$module" test-compile dependency:build-classpath \
        -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test) >&2 || return 1
  else
    (cd "$EBBFLOW_ROOT" && mvn -q -B -ntp -o -pl "$module" test-compile) >&2 || return 1
  fi
  echo "$EBBFLOW_ROOT/$module/target/test-classes:$EBBFLOW_ROOT/$module/target/classes:$(cat "$cpfile")"
}
