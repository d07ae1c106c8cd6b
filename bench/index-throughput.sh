#!/usr/bin/env bash
# Index throughput: newsidx against the bare Lucene indexer (and Xapian's omindex when installed) on
# the Reuters corpus at ×1 and ×9, measured in the same run. Needs ../shared (corpus builder and the
# bare indexer). Usage: bench/index-throughput.sh [COPIES...]   (default: 1 9; the corpus builder
# makes at most 9 copies, so x9 stands in for the x10 of the performance issue)
# Prints a table: wall and CPU seconds, peak RSS, and each run's wall time as a ratio of bare Lucene's.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
work="${BENCH_DIR:-/tmp/newsidx-bench}"
heap="${NEWSIDX_HEAP:--Xmx512m}"
copies=("$@"); [[ ${#copies[@]} -gt 0 ]] || copies=(1 9)
mkdir -p "$work"
# no search server after the index runs: its warm-up would run beside the next measured run
export NEWSIDX_SERVER=off
# builds the jar when it is missing or stale, and the launcher's class-data archives (made at the first
# index or search command after a build: not inside a measured run)
./newsidx stats --index "$work/no-index" >/dev/null 2>&1 || true

measure() { # label, copies, command... ; prints "label copies wall cpu rssMB"
  local label=$1 k=$2; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/$label-x$k.log" 2>&1
  read -r wall user sys rss <"$work/time.txt"
  printf '%s %s %s %.1f %.0f\n' "$label" "$k" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)"
}

rows=()
for k in "${copies[@]}"; do
  if [[ $k == 1 ]]; then corpus="$shared/data/corpora/reuters-newsplease"
  else
    corpus="$work/reuters-x$k"
    [[ -f "$corpus/MANIFEST.txt" ]] || python3 "$shared/bench/make_corpus.py" --copies "$k" --out "$corpus" >&2
  fi
  rm -rf "$work/bare" "$work/newsidx" "$work/xapian"
  # every file read once before the first measured run, so that no run pays for reading the disk (the
  # first one would, for the others)
  find "$corpus" -type f -print0 | xargs -0 cat >/dev/null
  rows+=("$(measure bare "$k" "$shared/bench/bare/bare-index.sh" "$corpus" "$work/bare")")
  # through the launcher, as a user runs it (its JVM options included); the heap cap via NEWSIDX_JAVA_OPTS
  rows+=("$(NEWSIDX_JAVA_OPTS="$heap" measure newsidx "$k" ./newsidx index -q --index "$work/newsidx" "$corpus")")
  rows+=("$(NEWSIDX_JAVA_OPTS="$heap" measure newsidx-rerun "$k" ./newsidx index -q --index "$work/newsidx" "$corpus")")
  if command -v omindex >/dev/null; then
    rows+=("$(measure omindex "$k" omindex -M json:text/plain --db "$work/xapian" --url / "$corpus")")
  fi
done

printf '%-14s %6s %9s %9s %9s %10s\n' system copies wall_s cpu_s rss_MB vs_bare
for r in "${rows[@]}"; do
  read -r label k wall cpu rss <<<"$r"
  bare=$(printf '%s\n' "${rows[@]}" | awk -v k="$k" '$1=="bare" && $2==k {print $3}')
  printf '%-14s %6s %9s %9s %9s %9.2fx\n' "$label" "x$k" "$wall" "$cpu" "$rss" "$(echo "$wall / $bare" | bc -l)"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; $(java -version 2>&1 | head -1)"
