#!/usr/bin/env bash
# Build-time benchmarks with hyperfine (apt-get install hyperfine).
# Usage: benchmarks/build.sh [N]   (N synthetic offices for the large run, default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python benchmarks/make_large.py "$tmp/large" "$n"
hyperfine --warmup 1 --runs 10 \
  -n demo "python build.py build --content content --out $tmp/site-demo" \
  -n check-demo "python build.py check --content content"
hyperfine --warmup 1 --runs 3 \
  -n "large ($n offices)" "python build.py build --content $tmp/large --out $tmp/site-large"
echo "pages in the large site: $(find "$tmp/site-large/" -name index.html | wc -l)"
