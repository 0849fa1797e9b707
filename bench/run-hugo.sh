#!/usr/bin/env bash
# run-hugo.sh CORPUS OUT [--no-related]: builds CORPUS (a folder from bench/corpus/generate.mjs) with Hugo into OUT,
# using bench/hugo-site, which renders the page kinds ArchiveSite renders: home, digests, theme and organisation
# pages paginated by 50, their indexes, the archive section, RSS and the sitemap.
# --no-related leaves out each digest's "Related" list (Hugo's related search grows with the square of the corpus).
# Needs Hugo (Debian's package: apt-get install -y hugo, 0.111.3).
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
corpus=$(cd "$1" && pwd)
out=$(realpath -m "$2")
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
cp -r "$bench/hugo-site/." "$site/"
mkdir -p "$site/content"
ln -s "$corpus/digests" "$site/content/digests"
related=()
[ "${3:-}" = "--no-related" ] && related=(--config "$site/hugo.yaml,$bench/hugo-site-no-related.yaml")
rm -rf "$out"
hugo --quiet --source "$site" --destination "$out" "${related[@]}"
