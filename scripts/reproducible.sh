#!/usr/bin/env bash
# Reproducible builds (issue 13): builds the committed HEAD twice, each time from a clean clone in a
# different directory, with `mvnw clean package -DskipTests`, and compares the SHA-256 of every jar
# (the runnable cli/target/zhibiao.jar included) and of the exported schemas. Exits 0 when all are byte-identical; otherwise
# prints the jars that differ and which of their entries do, and exits 1.
# Not part of CI (two full builds take a few minutes on two cores).
#
#   scripts/reproducible.sh            # extra arguments go to Maven, e.g.: scripts/reproducible.sh -o
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/zhibiao-reproducible.XXXXXX")"
trap 'rm -rf "$work"' EXIT

build() {   # build DIR: clone HEAD into DIR, build it, list the jars' sums in DIR.sha256
  git clone -q "$root" "$1"
  (cd "$1" && ./mvnw -B -q clean package -DskipTests "${@:2}") >&2
  (cd "$1" && find . \( -path './*/target/*.jar' -o -path './schema/target/schemas/*' \) -type f -print0 \
      | LC_ALL=C sort -z | xargs -0 sha256sum) >"$1.sha256"
}

echo "reproducible: building $(git -C "$root" rev-parse --short HEAD) twice…" >&2
build "$work/first" "$@"
build "$work/second-build" "$@"
cat "$work/first.sha256"
if diff -u "$work/first.sha256" "$work/second-build.sha256" >&2; then
  echo "reproducible: $(wc -l <"$work/first.sha256") files byte-identical" >&2
  exit 0
fi
echo "reproducible: FAIL: the files above differ; in jars, these entries:" >&2
while read -r _ jar; do
  a="$work/first/$jar" b="$work/second-build/$jar"
  cmp -s "$a" "$b" && continue
  case "$jar" in *.jar) ;; *) echo "  $jar" >&2; continue ;; esac
  for e in $(unzip -Z1 "$a"); do
    cmp -s <(unzip -p "$a" "$e") <(unzip -p "$b" "$e") || echo "  $jar: $e" >&2
  done
  diff <(unzip -Zl "$a") <(unzip -Zl "$b") | head -5 >&2 || true
done <"$work/first.sha256"
exit 1
