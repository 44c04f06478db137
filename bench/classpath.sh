#!/usr/bin/env bash
# Prints the cli test class path (test classes, then every module's classes and jars), building
# what is needed. The modules come from this work tree's reactor (-am), never from ~/.m2, so the
# benchmarks measure the code checked out here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$root/bench/target"
list="$root/bench/target/test-classpath.txt"
(cd "$root" && ./mvnw -o -B -q -pl cli -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$list" -Dmdep.includeScope=test) >&2
echo "$root/cli/target/test-classes:$root/cli/target/classes:$(cat "$list")"
