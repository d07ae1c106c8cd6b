#!/usr/bin/env bash
# Query latency on an index (default: the largest Reuters index left by bench/index-throughput.sh):
#  1. whole process: `./newsidx search --json` (launcher included), each query of bench/queries.txt
#     run ROUNDS times (default 3), answered by the warm search server and (alternating) in a JVM of its
#     own; median and p90 of all runs of each;
#  2. warm, in-process: QueryLatencyBenchmark, 1,000 searches round-robin after a warm-up; p50/p99.
# Usage: bench/query-latency.sh [INDEX] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
index="${1:-${BENCH_DIR:-/tmp/newsidx-bench}/newsidx}"
rounds="${2:-3}"
./newsidx stats --index "$index" >/dev/null   # builds the jar and the start-up archive if needed
python3 - "$index" "$rounds" <<'PY'
import os, shlex, statistics, subprocess, sys, time
index, rounds = sys.argv[1], int(sys.argv[2])
lines = [l.rstrip("\n") for l in open("bench/queries.txt") if l.strip() and not l.startswith("#")]
# each query twice in a row, alternating: answered by the warm search server (SearchServer, started by the
# launcher after the first search), and in a JVM of its own (NEWSIDX_SERVER=off)
modes = {"search server": dict(os.environ), "own JVM each run": dict(os.environ, NEWSIDX_SERVER="off")}
runs = {m: [] for m in modes}
for _ in range(rounds):
    for line in lines:
        query, _, opts = line.partition("||")
        argv = ["./newsidx", "search", "--index", index, "--json", "--limit", "10"] + shlex.split(opts) + ["--", query.strip()]
        for mode, env in modes.items():
            t0 = time.perf_counter()
            p = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            runs[mode].append(time.perf_counter() - t0)
            if p.returncode not in (0, 1):
                sys.exit(f"search failed: {argv}: {p.stderr.decode()}")
for mode, r in runs.items():
    r.sort()
    print(f"whole process, {mode}: {len(r)} runs of {len(lines)} queries  median {statistics.median(r)*1000:.0f} ms  "
          f"p90 {r[int(0.9*len(r))-1]*1000:.0f} ms")
PY
java -cp target/newsidx.jar org.newsidx.bench.QueryLatencyBenchmark "$index" bench/queries.txt 1000
