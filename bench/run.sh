#!/usr/bin/env bash
# Benchmarks. Usage: bash bench/run.sh   (installs hyperfine and hugo from Debian if missing)
# 1. `handouts build --no-pdf` (HTML only) against Hugo on the same synthetic corpora of 1,000 and 10,000 handouts
#    (bench/hugo/site.sh turns a corpus into a Hugo site): whole runs of each command, start-up included, each
#    replacing its previous output; hyperfine alternates nothing, so the two are run one after the other, twice; peak
#    memory from /usr/bin/time.
# 2. The same, each build into an empty folder (a first build, or CI on a clean machine).
# 3. `handouts-bench bench-pdf` (bench/Handouts.Bench, not part of the clinic's binary): 2,000 PDFs rendered in one
#    process on every core, CPU time per PDF and per page, and the working set through the run; on the sample clinic
#    and on the synthetic corpus.
# The generator is published self-contained and ReadyToRun (composite), as the release binaries are built.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null && command -v hugo >/dev/null || { apt-get update -qq; apt-get install -y -qq hyperfine hugo >/dev/null; }
dotnet publish generator -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -o bench/bin >/dev/null
dotnet publish bench/Handouts.Bench -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o bench/tool >/dev/null
bin=bench/bin/handouts
tool=bench/tool/handouts-bench
for n in 1000 10000; do
  [ -d "bench/corpus-$n" ] || "$tool" corpus --count "$n" --out "bench/corpus-$n" >/dev/null
  [ -d "bench/hugo-$n" ] || bash bench/hugo/site.sh "bench/corpus-$n" "bench/hugo-$n"
  handouts="$bin build --no-pdf --content bench/corpus-$n --templates templates --out bench/out-$n"
  hugo="hugo --quiet -s bench/hugo-$n -d $PWD/bench/hugo-out-$n"
  $handouts | tail -1
  runs=$([ "$n" -eq 1000 ] && echo 10 || echo 3)
  for round in 1 2; do
    hyperfine --warmup 1 --runs "$runs" --export-json "bench/result-$n-$round.json" -n handouts "$handouts" -n hugo "$hugo"
  done
  /usr/bin/time -f "handouts peak memory: %M KB" $handouts >/dev/null
  /usr/bin/time -f "hugo peak memory: %M KB" $hugo
  hyperfine --runs "$runs" --prepare "rm -rf bench/out-$n bench/hugo-out-$n" -n "handouts, empty output" "$handouts" -n "hugo, empty output" "$hugo"
done
"$tool" bench-pdf --count 2000
"$tool" bench-pdf --content bench/corpus-1000 --count 2000
