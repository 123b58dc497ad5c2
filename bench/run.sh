#!/usr/bin/env bash
# Benchmarks. Usage: bash bench/run.sh   (installs hyperfine from Debian if missing)
# 1. `handouts build --no-pdf` (HTML only) on synthetic corpora of 1,000 and 10,000 handouts: whole runs of the
#    command, start-up included, each replacing the previous output; peak memory from /usr/bin/time.
# 2. `handouts-bench bench-pdf` (bench/Handouts.Bench, not part of the clinic's binary): 2,000 PDFs rendered in one process on every core, CPU time per PDF and per page, and
#    the working set through the run; on the sample clinic and on the synthetic corpus.
# The generator is published ReadyToRun, as a clinic would install it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
dotnet publish generator -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o bench/bin >/dev/null
dotnet publish bench/Handouts.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o bench/bin >/dev/null
bin=bench/bin/handouts
tool=bench/bin/handouts-bench
for n in 1000 10000; do
  [ -d "bench/corpus-$n" ] || "$tool" corpus --count "$n" --out "bench/corpus-$n" >/dev/null
  "$bin" build --no-pdf --content "bench/corpus-$n" --templates templates --out "bench/out-$n" | tail -1
  runs=$([ "$n" -eq 1000 ] && echo 10 || echo 3)
  hyperfine --warmup 1 --runs "$runs" --export-json "bench/result-$n.json" \
    "$bin build --no-pdf --content bench/corpus-$n --templates templates --out bench/out-$n"
  /usr/bin/time -f "peak memory: %M KB" "$bin" build --no-pdf --content "bench/corpus-$n" --templates templates --out "bench/out-$n" >/dev/null
done
"$tool" bench-pdf --count 2000
"$tool" bench-pdf --content bench/corpus-1000 --count 2000
