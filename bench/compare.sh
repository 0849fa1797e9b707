#!/usr/bin/env bash
# compare.sh [SIZES...]: whole builds of ArchiveSite and Hugo on the same generated corpora, timed in one run.
#
#   bash bench/compare.sh                 # 1,000 and 10,000 digests
#   bash bench/compare.sh 1000 10000 50000
#
# For each size it generates a corpus with bench/corpus/generate.mjs, then times, alternating within each
# repetition so that machine noise falls on every tool alike:
#   ArchiveSite build     related digests on, --no-search, from an empty output folder (the CI case)
#   ArchiveSite rebuild   the same over the previous build's output (the author's case)
#   Hugo                  bench/run-hugo.sh (the Hugo site in bench/hugo-site) without and with its "Related" lists
#   ArchiveSite search    stage 6 alone (Pagefind over our digest articles), read from `build --timings`
#   Pagefind over Hugo    pagefind_extended --site <Hugo's output>
# and prints medians, min–max, peak memory and the ratios to Hugo. Whole-process wall time and peak RSS come
# from /usr/bin/time. Environment: REPS (default 3), HUGO_RELATED_MAX (largest size for Hugo's related build,
# default 10000: it grows quadratically), SEARCH_MAX (largest size for the two search rows, default 10000:
# Pagefind needs ~1.5 GB per 10,000 pages), BENCH_WORK (scratch folder; default a temp folder, removed at the end),
# SETTLE (seconds to wait after each repetition's rebuild, default 61: see discard below).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
reps=${REPS:-3}
related_max=${HUGO_RELATED_MAX:-10000}
search_max=${SEARCH_MAX:-10000}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

say() { printf '%s\n' "$*" >&2; }
[ -x /usr/bin/time ] || { say "compare.sh: /usr/bin/time is missing (apt-get install -y time)"; exit 2; }
if ! command -v hugo >/dev/null; then
  say "Installing Hugo (Debian's package)..."
  apt-get install -y hugo >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y hugo >/dev/null 2>&1; }
fi
if [ ! -x "$repo/node_modules/@pagefind/linux-x64/bin/pagefind_extended" ]; then
  say "Installing Pagefind (npm ci)..."
  (cd "$repo" && npm ci --no-audit --no-fund >/dev/null)
fi
pagefind=$repo/node_modules/@pagefind/linux-x64/bin/pagefind_extended

work=${BENCH_WORK:-$(mktemp -d)}
[ -n "${BENCH_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
# A previous run's output is moved aside, not deleted, until every run is done. On ext4 without a journal (this kind
# of virtual machine) the kernel skips inodes freed in the last minutes when it makes a file, one lookup per skipped
# inode (find_inode_bit -> recently_deleted in `perf record -a -g`), so a build that starts right after `rm -rf` of
# 40,000 files spends seconds in the kernel making its own. That cost belongs to the benchmark's cleanup, not to either
# tool, and a CI build in a fresh clone never meets it.
trash=$work/trash
mkdir -p "$trash"
discard() { [ ! -e "$1" ] || mv "$1" "$(mktemp -d "$trash/XXXXXX")/"; }
say "Building ArchiveSite (Release, ReadyToRun for this machine's runtime)..."
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
dotnet publish "$repo/src/ArchiveSite" -c Release -r "$rid" --self-contained false -o "$work/tool" --nologo -v quiet >/dev/null
tool=$work/tool/archivesite.dll
results=$work/results.tsv
: > "$results"

# run NAME SIZE REP CMD...: times CMD from the repository folder (our default theme/ is relative to it).
run() {
  local name=$1 size=$2 rep=$3; shift 3
  sync
  if ! (cd "$repo" && /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/log" 2>&1); then
    say "compare.sh: $name failed on $size digests:"; tail -20 "$work/log" >&2; exit 1
  fi
  read -r seconds kilobytes < <(tail -1 "$work/time")
  printf '%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$rep" "$seconds" "$kilobytes" >> "$results"
}

for size in "${sizes[@]}"; do
  corpus=$work/corpus-$size
  if [ ! -d "$corpus" ]; then
    say "Generating $size digests..."
    node "$repo/bench/corpus/generate.mjs" "$size" "$corpus"
  fi
  ours=$work/out-ours-$size hugo_out=$work/out-hugo-$size searched=$work/out-search-$size
  for rep in $(seq 1 "$reps"); do
    say "$size digests, repetition $rep of $reps..."
    discard "$ours"
    run "ours" "$size" "$rep" dotnet "$tool" build --input "$corpus" --output "$ours" --no-search
    discard "$hugo_out"
    run "hugo" "$size" "$rep" bash "$repo/bench/run-hugo.sh" "$corpus" "$hugo_out" --no-related
    if [ "$size" -le "$search_max" ]; then
      discard "$hugo_out/pagefind"
      run "pagefind-hugo" "$size" "$rep" "$pagefind" --site "$hugo_out"
      discard "$searched"
      run "ours-search-build" "$size" "$rep" dotnet "$tool" build --input "$corpus" --output "$searched" --timings
      stage=$(sed -n 's/^timing: index search \([0-9.]*\) s$/\1/p' "$work/log")
      printf '%s\t%s\t%s\t%s\t%s\n' "$size" "ours-search" "$rep" "$stage" "$(tail -1 "$work/time" | cut -d' ' -f2)" >> "$results"
      discard "$searched"
    fi
    if [ "$size" -le "$related_max" ]; then
      discard "$hugo_out"
      run "hugo-related" "$size" "$rep" bash "$repo/bench/run-hugo.sh" "$corpus" "$hugo_out"
    fi
    # Last, because a rebuild deletes the output it replaces (see discard above): the runs after it wait out the
    # kernel's minute for recently freed inodes (sync first, so their blocks are clean and the window is 60 s, not 360 s).
    run "ours-rebuild" "$size" "$rep" dotnet "$tool" build --input "$corpus" --output "$ours" --no-search
    sync
    sleep "${SETTLE:-61}"
  done
done

rm -rf "$trash"
hugo_version=$(hugo version | cut -d' ' -f2)
python3 "$repo/bench/table.py" "$results" "$reps" "$hugo_version" "$(dotnet --version)" "$(nproc)"
