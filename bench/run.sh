#!/usr/bin/env bash
# Benchmark of `handouts build` (HTML only) on synthetic corpora of 1,000 and 10,000 handouts.
# Usage: bash bench/run.sh            (needs hyperfine: apt-get install hyperfine)
# Publishes the generator ReadyToRun (as a clinic would install it), writes the corpora once, then times whole
# runs of the command, start-up included, and reports peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null; }
dotnet publish generator -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o bench/bin >/dev/null
bin=bench/bin/handouts
for n in 1000 10000; do
  [ -d "bench/corpus-$n" ] || "$bin" corpus --count "$n" --out "bench/corpus-$n" >/dev/null
  "$bin" build --content "bench/corpus-$n" --templates templates --out "bench/out-$n" | tail -1
  runs=$([ "$n" -eq 1000 ] && echo 10 || echo 3)
  hyperfine --warmup 1 --runs "$runs" --export-json "bench/result-$n.json" \
    "$bin build --content bench/corpus-$n --templates templates --out bench/out-$n"
  /usr/bin/time -f "peak memory: %M KB" "$bin" build --content "bench/corpus-$n" --templates templates --out "bench/out-$n" >/dev/null
done
