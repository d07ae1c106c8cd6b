#!/usr/bin/env bash
# Query latency on an index (default: the largest Reuters index left by bench/index-throughput.sh):
#  1. whole process: `./newsidx search --json` (launcher included), each query of bench/queries.txt
#     run ROUNDS times (default 3); median and p90 of all runs;
#  2. warm, in-process: QueryLatencyBenchmark, 1,000 searches round-robin after a warm-up; p50/p99.
# Usage: bench/query-latency.sh [INDEX] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
index="${1:-${BENCH_DIR:-/tmp/newsidx-bench}/newsidx}"
rounds="${2:-3}"
./newsidx stats --index "$index" >/dev/null   # builds the jar and the start-up archive if needed
python3 - "$index" "$rounds" <<'PY'
import shlex, statistics, subprocess, sys, time
index, rounds = sys.argv[1], int(sys.argv[2])
runs = []
lines = [l.rstrip("\n") for l in open("bench/queries.txt") if l.strip() and not l.startswith("#")]
for _ in range(rounds):
    for line in lines:
        query, _, opts = line.partition("||")
        argv = ["./newsidx", "search", "--index", index, "--json", "--limit", "10"] + shlex.split(opts) + ["--", query.strip()]
        t0 = time.perf_counter()
        p = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        runs.append(time.perf_counter() - t0)
        if p.returncode not in (0, 1):
            sys.exit(f"search failed: {argv}: {p.stderr.decode()}")
runs.sort()
print(f"whole process: {len(runs)} runs of {len(lines)} queries  median {statistics.median(runs)*1000:.0f} ms  "
      f"p90 {runs[int(0.9*len(runs))-1]*1000:.0f} ms")
PY
java -cp target/newsidx.jar org.newsidx.bench.QueryLatencyBenchmark "$index" bench/queries.txt 1000
