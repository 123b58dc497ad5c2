#!/usr/bin/env bash
# Makes a Hugo site from a `handouts-bench corpus` folder, so both generators build the same source files:
# usage: bash bench/hugo/site.sh CORPUS_DIR HUGO_DIR. Each handout becomes one Hugo page; cancer_types and
# treatments become Hugo taxonomies (a term page each, as Handouts writes). The layouts do about the work of ours:
# one base layout, the handout page (title, summary, key points, body, sources, terms) and list pages.
set -euo pipefail
corpus=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out" && mkdir -p "$out/content/handouts"
cp -r "$here/layouts" "$out/layouts"
cp "$here/config.toml" "$out/config.toml"
for f in "$corpus"/handouts/*.md; do
  b=$(basename "$f" .en.md)
  cp "$f" "$out/content/handouts/$b.md"
done
