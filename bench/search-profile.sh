#!/usr/bin/env bash
# bench/search-profile.sh CORPUS WORK [DLL]
# Where the search stage's time goes. Builds CORPUS with search (`build --timings`, DLL or the Release build) through a
# wrapper that records what the build sends Pagefind's service, then replays those requests to Pagefind alone
# (bench/pagefind-replay.py), twice: as sent, and with a BuildIndex before WriteFiles. Prints the build's stage times
# (the index search stage and its two parts: pages still queued when the render ended, then building and writing),
# then Pagefind's own wall and CPU time per request type. WORK is scratch space (emptied; put it on tmpfs).
#   bash bench/search-profile.sh /dev/shm/c10k /dev/shm/search-profile
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(cd "$1" && pwd); work=$(realpath -m "$2")
dll=${3:-$repo/src/ArchiveSite/bin/Release/net10.0/archivesite.dll}
pagefind=$repo/node_modules/@pagefind/linux-x64/bin/pagefind_extended
[ -x "$pagefind" ] || (cd "$repo" && npm ci --no-audit --no-fund --loglevel=error)
[ -n "${3:-}" ] || dotnet build "$repo/src/ArchiveSite" -c Release -v q -nologo >/dev/null
rm -rf "$work"; mkdir -p "$work"
cat > "$work/recording-pagefind" <<EOF
#!/usr/bin/env bash
tee "$work/requests.bin" | "$pagefind" "\$@"
EOF
chmod +x "$work/recording-pagefind"

echo "== $(find "$corpus/digests" -name '*.md' | wc -l) digests; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$repo" && PAGEFIND_BINARY_PATH="$work/recording-pagefind" dotnet "$dll" build --input "$corpus" --output "$work/site" --timings 2>&1) \
  | grep -E '^timing: (render pages|write site|index search)'
echo "== Pagefind alone, the same requests:"
python3 "$repo/bench/pagefind-replay.py" "$work/requests.bin" "$work/replay" "$pagefind"
echo "== again, with a BuildIndex before WriteFiles:"
python3 "$repo/bench/pagefind-replay.py" "$work/requests.bin" "$work/replay-built" "$pagefind" --build-first
cmp -s <(cd "$work/replay" && find . -type f -exec sha256sum {} + | sort) <(cd "$work/site/pagefind" && find . -type f -exec sha256sum {} + | sort) \
  && echo "the replayed index is byte-identical to the build's" || echo "the replayed index differs from the build's"
