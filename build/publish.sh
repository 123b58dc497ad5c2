#!/usr/bin/env bash
# Makes the release binaries: one self-contained, single-file `handouts` per platform, each carrying its HarfBuzz
# library, and SHA256SUMS over them (check with `sha256sum -c SHA256SUMS`).
#   bash build/publish.sh [OUT_DIR]          (default: dist/)
#   RIDS="linux-x64 win-x64" bash build/publish.sh   (a subset)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out=$(realpath -m "${1:-dist}")
rids=${RIDS:-linux-x64 linux-arm64 win-x64 osx-arm64}
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' generator/Handouts.csproj)

rm -rf "$out"
mkdir -p "$out"
for rid in $rids; do
  echo "== $rid"
  work="$out/.work/$rid"
  mkdir -p "$work"
  # Each platform is published ReadyToRun (composite: framework and app compiled together); crossgen compiles for
  # another operating system and processor from this one.
  dotnet publish generator -c Release -r "$rid" --self-contained true \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true \
    -p:DebugType=none -o "$work" >"$out/.work/$rid.log" 2>&1 \
    || { tail -30 "$out/.work/$rid.log"; exit 1; }
  case "$rid" in win-*) exe=handouts.exe ;; *) exe=handouts ;; esac
  ext=${exe#handouts}
  cp "$work/$exe" "$out/handouts-$version-$rid$ext"
done
rm -rf "$out/.work"
(cd "$out" && sha256sum -- handouts-* > SHA256SUMS)
ls -l "$out"
