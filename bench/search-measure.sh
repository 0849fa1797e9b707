#!/usr/bin/env bash
# bench/search-measure.sh INPUT WORK [WORD]
# Search cost on one archive, ArchiveSite's Pagefind index next to Pagefind over the Hugo build of the same digests
# (bench/run-hugo.sh). INPUT is an input folder (input/, or one from bench/corpus/generate.mjs); WORK is scratch space (emptied).
# Prints: build time, index time, index size and file count, and the bytes a browser downloads for a one-word query.
# Needs: hugo (apt-get install -y hugo), chromium, node. Single runs on a shared machine: compare within one run.
#   node bench/corpus/generate.mjs 10000 /tmp/c10k && bench/search-measure.sh /tmp/c10k /tmp/search-work
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
input=$(cd "$1" && pwd); work=$(realpath -m "$2"); word=${3:-consent}
pagefind="$repo/node_modules/@pagefind/linux-x64/bin/pagefind_extended"
rm -rf "$work"; mkdir -p "$work/serve"

# "12.3 s, peak 456 KB" for one command; on failure its output and the script stops (set -e sees the assignment fail).
seconds() { /usr/bin/time -f "%e s, peak %M KB" -o "$work/time" "$@" >"$work/out" 2>&1 || { tail -3 "$work/out" >&2; return 1; }; cat "$work/time"; }
size() { echo "$(du -sb "$1" | cut -f1) bytes in $(find "$1" -type f | wc -l) files"; }

cd "$repo"
[ -x "$pagefind" ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build src/ArchiveSite -c Release -v q -nologo >/dev/null
dotnet build tests/ArchiveSite.Browser.Tests -c Release -v q -nologo >/dev/null
export PLAYWRIGHT_PACKAGE="$repo/tests/ArchiveSite.Browser.Tests/bin/Release/net10.0/.playwright/package"
digests=$(find "$input/digests" -name '*.md' | wc -l)
echo "== $digests digests from $input; query: \"$word\"; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

t=$(seconds dotnet src/ArchiveSite/bin/Release/net10.0/archivesite.dll build -i "$input" -o "$work/as" --base-url http://127.0.0.1/repo/ --no-search)
echo "ArchiveSite build, no search:    $t"
t=$(seconds dotnet src/ArchiveSite/bin/Release/net10.0/archivesite.dll build -i "$input" -o "$work/as" --base-url http://127.0.0.1/repo/)
echo "ArchiveSite build, with search:  $t"
rm -rf "$work/as/pagefind"
# Stage 6 on its own: the command SearchIndex runs, over the same staged site.
t=$(seconds "$pagefind" --site "$work/as" --output-subdir pagefind --force-language en --quiet)
echo "ArchiveSite index (stage 6):     $t"
echo "ArchiveSite index size:          $(size "$work/as/pagefind") ($(grep -o '"page_count":[0-9]*' "$work/as/pagefind/pagefind-entry.json"))"

t=$(seconds bash "$repo/bench/run-hugo.sh" "$input" "$work/hugo" --no-related)
echo "Hugo build, no related:          $t"
t=$(seconds "$pagefind" --site "$work/hugo")
echo "Pagefind over Hugo:              $t"
echo "Pagefind over Hugo, index size:  $(size "$work/hugo/pagefind") ($(grep -o '"page_count":[0-9]*' "$work/hugo/pagefind/pagefind-entry.json"))"

ln -s "$work/as" "$work/serve/repo"; ln -s "$work/hugo" "$work/serve/archive"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/serve" >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
origin="http://127.0.0.1:$port"
b=$(node "$repo/bench/search-bytes.mjs" "$origin" "$word" /repo/ "search/?q=$word"); echo "Query bytes, ArchiveSite /search/ page: $b"
b=$(node "$repo/bench/search-bytes.mjs" "$origin" "$word" /repo/); echo "Query bytes, ArchiveSite bare API:      $b"
b=$(node "$repo/bench/search-bytes.mjs" "$origin" "$word" /archive/); echo "Query bytes, Hugo + Pagefind bare API:  $b"
