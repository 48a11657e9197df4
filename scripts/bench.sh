#!/usr/bin/env bash
# Runs an Ebbflow benchmark; each prints one JSON line on stdout and fails loudly on a wrong result.
#   scripts/bench.sh reduce [--records N] [--keys K] [--mode streaming-heap]
#   scripts/bench.sh sort --records N --key-bytes K --value-bytes V --memory 64m
# JVM options: EBBFLOW_BENCH_JAVA_OPTS (default -Xmx4g).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

usage() {
  sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
}
[ $# -ge 1 ] || { usage >&2; exit 2; }
bench="$1"; shift
opts=${EBBFLOW_BENCH_JAVA_OPTS:--Xmx4g -XX:+UseParallelGC}
case "$bench" in
  reduce)
    ebbflow_build
    exec "$EBBFLOW_JAVA" $opts -cp "$(ebbflow_examples_classpath)" io.ebbflow.examples.bench.ReduceBenchmark "$@" ;;
  sort)
    ebbflow_build
    exec "$EBBFLOW_JAVA" $opts -cp "$(ebbflow_module_test_classpath sorter)" io.ebbflow.sorter.bench.SortBench "$@" ;;
  -h|--help) usage ;;
  *) echo "unknown benchmark '$bench'" >&2; usage >&2; exit 2 ;;
esac
