#!/usr/bin/env bash
# Province-scale benchmark (issue 7). Builds a corpus of N (default 10,000) generated declarations
# and measures, in one run, each as its own process under /usr/bin/time:
#   zhibiao new     hubei/public-security --profiles PROFILES -o DECLS --format json   (all N)
#   zhibiao check   DECLS                                                           (all N)
#   ajv-cli         validate DECLS against the exported declaration schema (2020-12)
#   jackson         read every declaration with Jackson and write it again, nothing else
# and prints wall time, throughput, peak resident memory and the ratios against the targets.
# Needs Java 17, Maven, Node/npm (ajv-cli is installed into bench/target/tools), GNU time.
# With UNIQUE=K it also checks a worst case for the checker's row memo: the first K declarations
# with every 三级 name prefixed by its file's name, so no row recurs.
# With the argument `formats` (issue 14) it measures instead, on one corpus of N (default 2,000)
# declarations written once as JSON and once as YAML, `zhibiao check` and ajv-cli on each format:
# see formats() below.
# With the argument `office` (issue 15) it measures bulk writing of N (default 1,000) declarations
# as xlsx (`new --profiles … --format xlsx`) and `check` of those N workbooks: see office() below.
# Usage: bench/corpus.sh            N=2000 bench/corpus.sh      WORK=/tmp/corpus bench/corpus.sh
#        UNIQUE=3000 bench/corpus.sh                            bench/corpus.sh formats
#        bench/corpus.sh office      KEEP=1 bench/corpus.sh formats   (measures again on the corpus
#        of the previous formats run, without generating it: for repeated runs)
#        bench/corpus.sh curve       (after a formats run: where the time goes, see curve() below)
#        ROUNDS=9 KEEP=1 bench/corpus.sh formats   (each tool ROUNDS times, interleaved, default 5:
#        the medians are reported, and each round's ratio)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-province}"
case "$mode" in province) n="${N:-10000}" ;; formats) n="${N:-2000}" ;; office) n="${N:-1000}" ;;
  curve) n="${N:-2000}" ;;
  *) echo "usage: bench/corpus.sh [formats|office|curve]" >&2; exit 2 ;; esac
load_at_start="$(cut -d' ' -f1-3 /proc/loadavg)"
rounds="${ROUNDS:-5}"
work="${WORK:-$root/bench/target/corpus}"
tools="$root/bench/target/tools"
schema="$root/schema/target/schemas/declaration-2020-12.json"
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 2; }

echo "== building (jar, CDS archive, test classes, ajv-cli)" >&2
classpath="$("$root/bench/classpath.sh")"
rm -f "$root/cli/target/zhibiao.jsa"          # the launcher retrains it for the jar just built
"$root/zhibiao" --version >/dev/null
if [ "$mode" != office ] && [ ! -x "$tools/node_modules/.bin/ajv" ]; then
  npm install --silent --no-audit --no-fund --prefix "$tools" ajv-cli@5 >&2
fi
ajv="$tools/node_modules/.bin/ajv"

keep=0
if [ "$mode" = curve ] && { [ ! -d "$work/decls-json" ] || [ ! -d "$work/decls-yaml" ]; }; then
  echo "bench/corpus.sh curve measures the corpus of a formats run: run bench/corpus.sh formats first" >&2
  exit 2
fi
if { [ "${KEEP:-0}" = 1 ] && [ "$mode" = formats ] || [ "$mode" = curve ]; } \
    && [ -d "$work/decls-json" ] && [ -d "$work/decls-yaml" ]; then
  keep=1
else
  rm -rf "$work"
fi
mkdir -p "$work"

# measure NAME COMMAND…: wall seconds, peak RSS and CPU seconds (user, system) of one process; its
# stdout/stderr kept in $work.
measure() {
  local name="$1"; shift
  echo "== $name: $*" >&2
  local code=0
  /usr/bin/time -f "%e %M %U %S" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || code=$?
  echo "$code" >"$work/$name.code"
  tail -n 1 "$work/$name.err" | sed 's/^/   /' >&2
}

# The formats mode (issue 14's speed criterion): the same N declarations as JSON (decls-json) and
# as YAML (decls-yaml): three in four hubei/public-security from generated profiles (`new
# --format json` and `new --format yaml`), one in four national/project with its declared columns
# (指标性质, 分值, 备注: ProjectCorpus, copies of the four DOMAIN.md §4 layouts). Then `zhibiao
# check` and ajv-cli (which reads .yaml data files with js-yaml) on each directory, one process
# each, ajv first so the JIT of neither warms the other's files.
formats() {
  local projects=$((n / 4)) hubei=$((n - n / 4))
  if [ "$keep" = 1 ]; then
    echo "== KEEP=1: measuring the corpus already in $work" >&2
  else
    echo "== generating $hubei profiles and $projects project declarations in $work" >&2
    java -cp "$classpath" org.zhibiao.bench.CorpusProfiles "$work/profiles" "$hubei"
    java -cp "$classpath" org.zhibiao.bench.ProjectCorpus "$work/decls-yaml" "$work/decls-json" "$projects"
    for f in json yaml; do
      measure "new-$f" "$root/zhibiao" new hubei/public-security --profiles "$work/profiles" \
          -o "$work/decls-$f" --format "$f" --quiet
    done
  fi
  # ROUNDS rounds, interleaved: on a shared machine one run of each can be 30 % off either way (#14)
  local r f s
  rm -f "$work"/*.rounds
  for r in $(seq "$rounds"); do
    for f in json yaml; do
      measure "ajv-$f" "$ajv" validate --spec=draft2020 --strict=false --all-errors -s "$schema" -d "$work/decls-$f/*.$f"
      measure "check-$f" "$root/zhibiao" check "$work/decls-$f" --quiet
      for s in "ajv-$f" "check-$f"; do tail -n 1 "$work/$s.time" >>"$work/$s.rounds"; done
    done
  done
  echo
  echo "zhibiao check vs ajv-cli, JSON and YAML: $(nproc) cores, load average $load_at_start at start," \
       "$(java -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "median of $rounds interleaved round(s): wall and CPU each the median, peak RSS the largest"
  echo "corpus: $hubei hubei/public-security + $projects national/project declarations per format" \
       "(JSON $(du -sh "$work/decls-json" | cut -f1), YAML $(du -sh "$work/decls-yaml" | cut -f1))"
  printf '%-11s %8s %10s %12s %6s %5s  %s\n' step "wall s" "files/s" "peak RSS MB" "CPU s" exit note
  for f in json yaml; do
    local files
    files=$(find "$work/decls-$f" -name "*.$f" | wc -l)
    for s in "check-$f" "ajv-$f"; do
      local wall rss cpu note
      wall=$(median 1 <"$work/$s.rounds")
      cpu=$(awk '{print $3 + $4}' "$work/$s.rounds" | median 1)
      rss=$(cut -d' ' -f2 "$work/$s.rounds" | sort -n | tail -n 1)
      if [ "${s%-*}" = check ]; then
        note="$(tail -n 1 "$work/$s.err")"
      else
        local valid invalid
        valid=$(cat "$work/$s.out" "$work/$s.err" | grep -c ' valid$' || true)
        invalid=$(cat "$work/$s.out" "$work/$s.err" | grep -c ' invalid$' || true)
        note="$valid valid, $invalid invalid (schema only)"
      fi
      printf '%-11s %8.2f %10.0f %12.0f %6.2f %5s  %s\n' "$s" "$wall" "$(echo "$files / $wall" | bc -l)" \
          "$(echo "$rss / 1024" | bc -l)" "$cpu" "$(cat "$work/$s.code")" "$note"
    done
  done
  echo
  for f in json yaml; do
    local each
    each=$(paste -d' ' <(cut -d' ' -f1 "$work/check-$f.rounds") <(cut -d' ' -f1 "$work/ajv-$f.rounds") \
        | awk '{printf "%.2f ", $1 / $2}')
    printf 'check / ajv-cli, %-4s  = %.2f   (target < 1; medians; round by round: %s)\n' "$f" \
        "$(echo "$(median 1 <"$work/check-$f.rounds") / $(median 1 <"$work/ajv-$f.rounds")" | bc -l)" "${each% }"
  done
}

# median K: the median of the K-th field of the lines on stdin (the lower one of an even count)
median() {
  local values
  mapfile -t values < <(cut -d' ' -f"$1" | sort -n)
  echo "${values[$(((${#values[@]} - 1) / 2))]}"
}

# The office mode (issue 15): N hubei/public-security declarations from generated profiles written
# in bulk as the Excel form (decls-xlsx), then `zhibiao check` of that directory, which reads each
# workbook back (WorkbookReader → LayoutReader) and checks it against the template it records.
office() {
  echo "== generating $n profiles in $work/profiles" >&2
  java -cp "$classpath" org.zhibiao.bench.CorpusProfiles "$work/profiles" "$n"
  measure new-xlsx "$root/zhibiao" new hubei/public-security --profiles "$work/profiles" \
      -o "$work/decls-xlsx" --format xlsx --quiet
  measure check-xlsx "$root/zhibiao" check "$work/decls-xlsx" --quiet
  local files
  files=$(find "$work/decls-xlsx" -name '*.xlsx' | wc -l)
  echo
  echo "zhibiao Excel forms: $(nproc) cores, load average $load_at_start at start," \
       "$(java -version 2>&1 | head -1), $files workbooks ($(du -sh "$work/decls-xlsx" | cut -f1))," \
       "$(date -u +%Y-%m-%dT%H:%MZ)"
  printf '%-11s %8s %10s %12s %6s %5s  %s\n' step "wall s" "files/s" "peak RSS MB" "CPU s" exit note
  for s in new-xlsx check-xlsx; do
    read -r wall rss user sys < <(tail -n 1 "$work/$s.time")
    printf '%-11s %8.2f %10.1f %12.0f %6.2f %5s  %s\n' "$s" "$wall" "$(echo "$files / $wall" | bc -l)" \
        "$(echo "$rss / 1024" | bc -l)" "$(echo "$user + $sys" | bc -l)" "$(cat "$work/$s.code")" \
        "$(tail -n 1 "$work/$s.err")"
  done
}

# The curve mode (issue 14): fixed cost against cost per file. zhibiao check and ajv-cli on the
# first K JSON declarations of the formats corpus (three in four hubei, one in four project, as in
# the whole), K = 0, 1, 100, 500, 1000 and all, each the median of three runs, interleaved. The
# difference between two rows is what the files between them cost; the first rows are each tool's
# start and first files. Separates a slower start from a slower reading of every file.
curve() {
  local sizes=(0 1 100 500 1000 "$n") k tool r hubei projects
  echo "== curve on $work/decls-json" >&2
  mapfile -t hubei < <(find "$work/decls-json" -name 'p*.json' | sort)
  mapfile -t projects < <(find "$work/decls-json" -name 'q*.json' | sort)
  for k in "${sizes[@]}"; do
    rm -rf "$work/curve-$k"
    mkdir -p "$work/curve-$k"
    local p=$((k - k / 4)) q=$((k / 4))
    if [ "$p" -gt 0 ]; then cp -t "$work/curve-$k" "${hubei[@]:0:$p}"; fi
    if [ "$q" -gt 0 ]; then cp -t "$work/curve-$k" "${projects[@]:0:$q}"; fi
  done
  for r in 1 2 3; do
    for k in "${sizes[@]}"; do
      /usr/bin/time -f "%e" -a -o "$work/curve-$k.check" "$root/zhibiao" check "$work/curve-$k" --quiet >/dev/null 2>&1 || true
      if [ "$k" = 0 ]; then
        continue # ajv-cli refuses a pattern that matches no file
      fi
      /usr/bin/time -f "%e" -a -o "$work/curve-$k.ajv" "$ajv" validate --spec=draft2020 --strict=false \
          --all-errors -s "$schema" -d "$work/curve-$k/*.json" >/dev/null 2>&1 || true
    done
  done
  echo
  echo "zhibiao check and ajv-cli by number of JSON files: $(nproc) cores, load average $load_at_start at start," \
       "$(date -u +%Y-%m-%dT%H:%MZ); median wall seconds of 3 runs"
  printf '%6s %8s %8s\n' files check ajv-cli
  for k in "${sizes[@]}"; do
    for tool in check ajv; do
      if [ -f "$work/curve-$k.$tool" ]; then
        grep -v Command "$work/curve-$k.$tool" | sort -n | sed -n 2p >"$work/curve-$k.$tool.median"
      else
        echo - >"$work/curve-$k.$tool.median"
      fi
    done
    printf '%6s %8s %8s\n' "$k" "$(cat "$work/curve-$k.check.median")" "$(cat "$work/curve-$k.ajv.median")"
    rm -rf "$work/curve-$k" "$work/curve-$k".*
  done
}

if [ "$mode" = formats ]; then
  formats
  exit 0
fi
if [ "$mode" = curve ]; then
  curve
  exit 0
fi
if [ "$mode" = office ]; then
  office
  exit 0
fi

echo "== generating $n profiles in $work/profiles" >&2
java -cp "$classpath" org.zhibiao.bench.CorpusProfiles "$work/profiles" "$n"

measure new "$root/zhibiao" new hubei/public-security --profiles "$work/profiles" -o "$work/decls" \
    --format json --quiet
measure check "$root/zhibiao" check "$work/decls" --quiet
measure ajv "$ajv" validate --spec=draft2020 --strict=false --all-errors -s "$schema" -d "$work/decls/*.json"
measure jackson java -Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$classpath" org.zhibiao.bench.JacksonBaseline \
    "$work/decls" "$work/jackson"

unique="${UNIQUE:-0}"
if [ "$unique" -gt 0 ]; then
  mkdir -p "$work/unique"
  mapfile -t first < <(find "$work/decls" -name '*.json' | sort | head -n "$unique")   # no pipefail here
  for f in "${first[@]}"; do
    id="$(basename "$f" .json)"
    sed "s/\"level3\" : \"/\"level3\" : \"$id/" "$f" >"$work/unique/$id.json"
  done
  measure unique "$root/zhibiao" check "$work/unique" --quiet
fi

files=$(find "$work/decls" -name '*.json' | wc -l)
ajv_valid=$(cat "$work/ajv.out" "$work/ajv.err" | grep -c ' valid$' || true)
ajv_invalid=$(cat "$work/ajv.out" "$work/ajv.err" | grep -c ' invalid$' || true)
findings=$(wc -l <"$work/check.out")
echo
echo "zhibiao bulk benchmark: $(nproc) cores, $(java -version 2>&1 | head -1), $files declarations" \
     "($(du -sh "$work/decls" | cut -f1)), $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-10s %8s %10s %12s %5s  %s\n' step "wall s" "files/s" "peak RSS MB" exit note
row() {
  read -r wall rss _ < <(tail -n 1 "$work/$1.time")   # GNU time puts "exited with status" first
  printf '%-10s %8.2f %10.0f %12.0f %5s  %s\n' "$1" "$wall" "$(echo "$files / $wall" | bc -l)" \
      "$(echo "$rss / 1024" | bc -l)" "$(cat "$work/$1.code")" "$2"
}
row new "$(tail -n 1 "$work/new.err")"
row check "$(tail -n 1 "$work/check.err"); $findings finding lines"
row ajv "$ajv_valid valid, $ajv_invalid invalid (schema only)"
row jackson "read + write only"
if [ "$unique" -gt 0 ]; then
  files=$unique row unique "$(tail -n 1 "$work/unique.err"); check, no row recurs"
fi
wall() { tail -n 1 "$work/$1.time" | cut -d' ' -f1; }
peak=$(for s in new check; do tail -n 1 "$work/$s.time" | cut -d' ' -f2; done | sort -n | tail -1)
echo
printf 'new / jackson baseline  = %.2f   (target ≤ 2)\n' "$(echo "$(wall new) / $(wall jackson)" | bc -l)"
printf 'check / ajv-cli         = %.2f   (target < 1)\n' "$(echo "$(wall check) / $(wall ajv)" | bc -l)"
printf 'zhibiao peak RSS        = %.0f MB (target < 512)\n' "$(echo "$peak / 1024" | bc -l)"

# Cold start of one `zhibiao new` (target < 0.5 s): hyperfine when installed, else 10 timed runs.
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 3 -r 20 --export-json "$work/start.json" "$root/zhibiao new hubei/public-security" >/dev/null 2>&1
  mean=$(grep -o '"mean": *[0-9.]*' "$work/start.json" | head -1 | grep -o '[0-9.]*$')
  min=$(grep -o '"min": *[0-9.]*' "$work/start.json" | head -1 | grep -o '[0-9.]*$')
  printf 'single new, cold start  = %.3f s mean, %.3f s min over 20 runs (hyperfine; target < 0.5)\n' "$mean" "$min"
else
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    /usr/bin/time -f "%e" -a -o "$work/start.txt" "$root/zhibiao" new hubei/public-security >/dev/null
  done
  printf 'single new, cold start  = %s s mean over 10 runs (target < 0.5)\n' \
      "$(awk '{ s += $1 } END { printf "%.3f", s / NR }' "$work/start.txt")"
fi
