#!/usr/bin/env bash
# Packs Handouts as a .NET tool, installs it from that package into a throwaway tool path (no other package source:
# a package of the same name elsewhere cannot be picked instead), and runs it: `handouts --version` must print the
# project's version, and the installed tool must build the sample clinic with its PDFs (HarfBuzz's native library
# found inside the tool package).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' generator/Handouts.csproj)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

dotnet pack generator -c Release -o "$tmp/packages" >"$tmp/pack.log" 2>&1 || { tail -30 "$tmp/pack.log"; exit 1; }
cat >"$tmp/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$tmp/packages" /></packageSources></configuration>
CONFIG
dotnet tool install --tool-path "$tmp/tools" --configfile "$tmp/nuget.config" Handouts --version "$version"

printed=$("$tmp/tools/handouts" --version)
echo "handouts --version: $printed"
case "$printed" in "$version" | "$version+"*) ;; *) echo "expected version $version"; exit 1 ;; esac

"$tmp/tools/handouts" build --content content --templates templates --out "$tmp/site" --strict | tail -1
pdfs=$(find "$tmp/site" -name '*.pdf' | wc -l)
echo "$pdfs PDFs from the installed tool"
[ "$pdfs" -gt 0 ]
