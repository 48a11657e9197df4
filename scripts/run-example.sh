#!/usr/bin/env bash
# Runs one example job in-process (the embedded default: no server to install).
#   scripts/run-example.sh <Name> [args...]     e.g. scripts/run-example.sh TpchQ1 --sf 0.01
# Builds what is missing first. Every example answers --help. JVM options: EBBFLOW_JAVA_OPTS.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ $# -lt 1 ] || [ "$1" = "--help" ] || [ "$1" = "-h" ]; then
  echo "Usage: scripts/run-example.sh <Name> [args...]"
  echo "Examples: WordCount, TpchQ1, TpchQ4 (each answers --help)"
  exit $([ $# -lt 1 ] && echo 2 || echo 0)
fi
name="$1"; shift
case "$name" in
  *.*) main="$name" ;;
  *) main="io.ebbflow.examples.$name" ;;
esac
ebbflow_build
cd "$EBBFLOW_ROOT"
exec "$EBBFLOW_JAVA" ${EBBFLOW_JAVA_OPTS:--Xmx2g} -cp "$(ebbflow_examples_classpath)" "$main" "$@"
