#!/usr/bin/env bash
# Our build against the peer (Hugo + Pagefind) on the same pages, alternating
# runs with hyperfine; prints both times and the ratio.
# Usage: benchmarks/ratio.sh [N] [PROTISHRUTI_CHECKOUT]
#   N: synthetic offices (benchmarks/make_large.py, default 200 → 1,421 pages of the demo template)
#   PROTISHRUTI_CHECKOUT: another checkout's code to time instead of this one (for before/after)
#   CONTENT=DIR in the environment: time this content folder instead of a generated one (the same
#   content for a before/after pair)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
code=$(cd "${2:-.}" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pagefind=$(python -c "from pagefind_bin import get_executable; print(get_executable())")
if [ -n "${CONTENT:-}" ]; then cp -r "$CONTENT" "$tmp/content"; else python benchmarks/make_large.py "$tmp/content" "$n" >/dev/null; fi
(cd "$code" && PYTHONPATH="$code" python -m protishruti.cli build --content "$tmp/content" --out "$tmp/ours" >/dev/null)
python benchmarks/hugo_peer.py "$tmp/ours" "$tmp/hugo"
# a build that reuses the last one (incremental) must not be timed as a full build: --full where the checkout has it
full=$(cd "$code" && PYTHONPATH="$code" python -m protishruti.cli build --help | grep -q -- --full && echo --full || true)
echo "pages: $(find "$tmp/ours/" -name index.html | wc -l) ours, $(find "$tmp/hugo/content" -name '*.md' | wc -l) peer"
hyperfine --warmup 1 --runs 5 --export-json "$tmp/times.json" \
  -n ours "cd $code && PYTHONPATH=$code python -m protishruti.cli build $full --content $tmp/content --out $tmp/ours" \
  -n "hugo+pagefind" "hugo --quiet -s $tmp/hugo -d $tmp/hugo-public && $pagefind --site $tmp/hugo-public --silent"
python - "$tmp/times.json" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
print(f"ours {r['ours']:.2f} s, hugo+pagefind {r['hugo+pagefind']:.2f} s, ratio {r['ours'] / r['hugo+pagefind']:.2f}")
PY
