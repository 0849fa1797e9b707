#!/usr/bin/env bash
# Times what a curator waits for in `serve`: from saving one digest to its new page being served, over a
# generated corpus, next to a full build of the same corpus (without search).
#
# usage: bench/serve-edit.sh [DIGESTS=10000 | INPUT_FOLDER] [EDITS=20]
#   a number generates a corpus of that many digests; a folder (e.g. input) is copied and used as it is
#   BENCH_WORK   scratch folder for the corpus and the sites (default /tmp/archivesite-bench)
#
# Each edit rewrites one digest's title (a different digest each time, spread over the archive), then polls
# its page over HTTP every 2 ms until the new title is served. The next edit waits until the server has
# logged the end of the update, so every edit starts from an idle server. Prints the median, min, 90th
# percentile and max of the edits and the full build's wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
digests=${1:-10000}
edits=${2:-20}
work=${BENCH_WORK:-/tmp/archivesite-bench}
mkdir -p "$work"

if [ -d "$digests" ]; then
  corpus=$work/copy-$(basename "$(realpath "$digests")")
  rm -rf "$corpus" && cp -r "$digests" "$corpus"
  digests=$(find "$corpus/digests" -name '*.md' | wc -l)
else
  corpus=$work/corpus-$digests
fi

if [ ! -f "$corpus/site.yml" ]; then
  echo "Generating $digests digests into $corpus..."
  node bench/corpus/generate.mjs "$digests" "$corpus" >/dev/null
fi

echo "Building the tool (Release)..."
dotnet build -c Release src/ArchiveSite -v quiet -nologo >/dev/null
tool=src/ArchiveSite/bin/Release/net10.0/archivesite

echo "Full build of $digests digests (--no-search)..."
start=$(date +%s.%N)
"$tool" build --input "$corpus" --theme theme --output "$work/build-$digests" --no-search >/dev/null 2>"$work/build.log" \
  || { cat "$work/build.log"; exit 1; }
build_seconds=$(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')")

port=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
log=$work/serve.log
start=$(date +%s.%N)
"$tool" serve --input "$corpus" --theme theme --output "$work/serve-$digests" --no-search --port "$port" 2>"$log" &
serve=$!
trap 'kill -TERM $serve 2>/dev/null; wait $serve 2>/dev/null' EXIT
until grep -q "^Serving " "$log"; do
  kill -0 $serve 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
startup_seconds=$(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')")
site=$(grep -m1 "^Serving " "$log" | cut -d' ' -f2)

python3 - "$corpus" "$site" "$log" "$edits" "$build_seconds" "$startup_seconds" "$digests" <<'PY'
import glob, os, re, statistics, sys, time, urllib.parse, urllib.request

corpus, site, log, edits, build_seconds, startup_seconds, digests = sys.argv[1:]
edits = int(edits)
files = sorted(glob.glob(os.path.join(corpus, "digests", "**", "*.md"), recursive=True))
chosen = [files[((i * len(files)) // edits + 7) % len(files)] for i in range(edits)]

def updates():
    with open(log, encoding="utf-8") as f:
        return sum(1 for line in f if " written in " in line)

def served(url, title):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return title in response.read().decode("utf-8")
    except OSError:
        return False

times = []
for n, path in enumerate(chosen, 1):
    slug = os.path.splitext(os.path.basename(path))[0]
    url = f"{site}digests/{urllib.parse.quote(slug)}/"  # slugs may hold letters of any script
    original = open(path, encoding="utf-8").read()
    title = f"Benchmark edit {n}: a new title for {slug}"[:200]
    before = updates()
    start = time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        f.write(re.sub(r"(?m)^title: .*$", f'title: "{title}"', original, count=1))
    while not served(url, title):
        if time.perf_counter() - start > 30:
            sys.exit(f"edit {n}: {url} did not show the new title within 30 s")
        time.sleep(0.002)
    times.append((time.perf_counter() - start) * 1000)
    while updates() == before:
        time.sleep(0.01)
    time.sleep(0.2)  # let the update's last phase (feeds, data, link check) finish before the next save
    with open(path, "w", encoding="utf-8") as f:
        f.write(original)
    before = updates()
    while updates() == before:
        time.sleep(0.01)
    time.sleep(0.2)

times.sort()
p90 = times[max(0, int(round(0.9 * len(times))) - 1)]
print(f"digests:                      {digests}")
print(f"full build (--no-search):     {build_seconds} s")
print(f"serve start-up (first build): {startup_seconds} s")
print(f"edit -> new page served, {len(times)} edits: median {statistics.median(times):.0f} ms, "
      f"min {times[0]:.0f} ms, p90 {p90:.0f} ms, max {times[-1]:.0f} ms")
PY
