#!/usr/bin/env bash
# JMH benchmarks of the hot paths (issue 7): parse 指标值, read a declaration, compile, check.
# Short settings for a 2-core machine: 1 fork, 3 × 1 s warm-up, 5 × 1 s measurement, 1 thread.
# Usage: bench/jmh.sh [JMH options or a benchmark regex], e.g. bench/jmh.sh check
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
classpath="$("$root/bench/classpath.sh")"
results="$root/bench/target/jmh.txt"
echo "cores: $(nproc); $(java -version 2>&1 | head -1)"
java -cp "$classpath" org.openjdk.jmh.Main -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1 -rf text -rff "$results" "$@"
echo
echo "Per row (the check100Rows benchmarks check 100 rows):"
awk '/check100Rows/ { name = $1; sub(/.*\./, "", name); printf "  %s: %.2f us per row (%s us per declaration)\n", name, $4 / 100, $4 }' "$results"
