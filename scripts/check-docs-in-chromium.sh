#!/usr/bin/env bash
# Builds the catalogue reference (zhibiao catalogue docs) and opens site/index.html in headless
# Chromium, offline. Fails when the page logs a JavaScript error or a blocked request, when the
# search script did not run to its end, or when a search opened from the URL (#q=出警率) does not
# filter. Leaves the DOM dumps, the console log and two screenshots for a person to look at.
#
#   scripts/check-docs-in-chromium.sh [OUT_DIR]      # default: target/docs-check
#
# Needs Java 17 and Maven (for ./zhibiao) and the Debian package `chromium`, installed here when
# missing and running as root (apt-get update && apt-get install -y chromium).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$root/target/docs-check}" && cd "${1:-$root/target/docs-check}" && pwd)"
site="$out/site"

fail() { echo "check-docs-in-chromium: FAIL: $*" >&2; exit 1; }

if ! command -v chromium >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || fail "chromium is not installed; run: sudo apt-get update && sudo apt-get install -y chromium"
  echo "check-docs-in-chromium: installing chromium…" >&2
  apt-get update >&2 && apt-get install -y chromium >&2
fi

# Without a CJK font the screenshots show boxes instead of 汉字 (the checks below still hold).
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y fonts-wqy-microhei >&2 || echo "check-docs-in-chromium: no CJK font; screenshots will show boxes" >&2
  else
    echo "check-docs-in-chromium: no CJK font (apt-get install fonts-wqy-microhei); screenshots will show boxes" >&2
  fi
fi

"$root/zhibiao" catalogue docs -o "$site" --force
page="file://$site/index.html"
[ -s "$site/index.html" ] || fail "zhibiao catalogue docs wrote no index.html"

profiles=()
cleanup() { for p in "${profiles[@]}"; do rm -rf "$p"; done; }
trap cleanup EXIT

# One fresh profile per run; logging to stderr at --v=0 carries the page's console messages.
browse() {
  local profile
  profile="$(mktemp -d)"
  profiles+=("$profile")
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 --window-size=1400,1000 "$@" 2>>"$out/console.log"
}

: >"$out/console.log"
browse --dump-dom "$page" >"$out/dom.html"
browse --screenshot="$out/screenshot.png" "$page" >/dev/null
# #q=出警率, percent-encoded: the page fills its search box from the fragment
search="$page#q=%E5%87%BA%E8%AD%A6%E7%8E%87"
browse --dump-dom "$search" >"$out/dom-search.html"
browse --screenshot="$out/screenshot-search.png" "$search" >/dev/null

# The page logs one line of its own ("zhibiao docs ready: N searchable items"). Anything else on the
# console is a finding: an uncaught JavaScript error, a Content-Security-Policy violation (the page
# tried to load something), a failed load.
problems="$(grep -E ':CONSOLE[:(]|Uncaught|Refused to|net::ERR_' "$out/console.log" | grep -v '"zhibiao docs ready: ' || true)"
if [ -n "$problems" ]; then
  echo "$problems" >&2
  fail "the page logged errors (see $out/console.log)"
fi
grep -q 'zhibiao docs ready' "$out/console.log" || fail "the search script did not log that it is ready (see $out/console.log)"
grep -q 'data-ready="[1-9]' "$out/dom.html" || fail "the search script did not finish (no data-ready on <body>)"
grep -q '<h1>zhibiao 目录参考</h1>' "$out/dom.html" || fail "the page has no title heading"

hidden=$(grep -c 'data-search="[^"]*" hidden=""\|hidden="" data-search=\|<tr[^>]* hidden=""' "$out/dom-search.html" || true)
shown=$(grep -o '<tr[^>]*data-search="出警率[^"]*"[^>]*>' "$out/dom-search.html" | grep -vc 'hidden' || true)
grep -q '匹配：' "$out/dom-search.html" || fail "searching for 出警率 shows no match count"
[ "$shown" -ge 1 ] || fail "searching for 出警率 hid the 出警率 rows"
[ "$hidden" -ge 1 ] || fail "searching for 出警率 hid nothing"

for png in screenshot.png screenshot-search.png; do
  [ -s "$out/$png" ] || fail "no $png"
done
echo "check-docs-in-chromium: OK — $page"
echo "  console: $out/console.log; DOM: $out/dom.html, $out/dom-search.html"
echo "  screenshots: $out/screenshot.png, $out/screenshot-search.png"
