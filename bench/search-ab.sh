#!/usr/bin/env bash
# bench/search-ab.sh CORPUS WORK REPS NAME=DLL[,VAR=VALUE...] NAME=DLL...
# The search stage of two or more builds of the tool, alternating within each repetition so that machine noise falls on
# each alike: every variant builds CORPUS with search (`build --timings`) into WORK (put it on tmpfs), and once per
# repetition the first variant builds it without search. Prints per run the stages that matter for search and the
# whole-process wall time, then each variant's medians; and checks that every variant's pagefind/ is byte-identical
# to the first one's. VAR=VALUE pairs after a DLL are set in that variant's environment.
#   dotnet publish src/ArchiveSite -c Release -r linux-x64 --self-contained false -o /tmp/tool-new
#   bash bench/search-ab.sh /dev/shm/c10k /dev/shm/ab 3 old=/tmp/tool-old/archivesite.dll new=/tmp/tool-new/archivesite.dll
set -euo pipefail
corpus=$1 work=$2 reps=$3; shift 3
repo=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"
results=$work/results.tsv
: > "$results"

# run NAME REP ENV... -- ARGS...: one build; appends "name rep stage seconds" rows, stage "wall" for the whole process.
run() {
  local name=$1 rep=$2; shift 2
  local env=()
  while [ "$1" != "--" ]; do env+=("$1"); shift; done
  shift
  local out=$work/out-$name
  [ ! -e "$out" ] || mv "$out" "$work/trash-$name-$rep-$RANDOM"
  sync
  (cd "$repo" && env "${env[@]}" /usr/bin/time -f '%e' -o "$work/time" dotnet "$@" --input "$corpus" --output "$out" --timings >"$work/log" 2>&1) \
    || { echo "search-ab.sh: $name failed:" >&2; tail -20 "$work/log" >&2; exit 1; }
  sed -n 's/^timing: \(.*\) \([0-9.]*\) s$/\1\t\2/p' "$work/log" | while IFS=$'\t' read -r stage seconds; do
    printf '%s\t%s\t%s\t%s\n' "$name" "$rep" "$stage" "$seconds" >> "$results"
  done
  printf '%s\t%s\twall\t%s\n' "$name" "$rep" "$(tail -1 "$work/time")" >> "$results"
  printf '%-14s rep %s  load %-5s wall %6s s  render %6s  write site %6s  index search %6s  (queued %s, build+write %s)\n' "$name" "$rep" \
    "$(cut -d' ' -f1 /proc/loadavg)" "$(tail -1 "$work/time")" \
    "$(sed -n 's/^timing: render pages \([0-9.]*\) s$/\1/p' "$work/log")" \
    "$(sed -n 's/^timing: write site \([0-9.]*\) s$/\1/p' "$work/log")" \
    "$(sed -n 's/^timing: index search \([0-9.]*\) s$/\1/p' "$work/log")" \
    "$(sed -n 's/^timing: index search: parse the pages still queued \([0-9.]*\) s$/\1/p' "$work/log")" \
    "$(sed -n 's/^timing: index search: build and write the index \([0-9.]*\) s$/\1/p' "$work/log")" >&2
}

variants=("$@")
first=${variants[0]%%=*}
for rep in $(seq 1 "$reps"); do
  dll=${variants[0]#*=}; dll=${dll%%,*}
  run "no-search" "$rep" -- "$dll" build --no-search
  for variant in "${variants[@]}"; do
    name=${variant%%=*} spec=${variant#*=}
    IFS=, read -r -a parts <<< "$spec"
    run "$name" "$rep" "${parts[@]:1}" -- "${parts[0]}" build
    if [ "$name" != "$first" ] && ! diff -rq "$work/out-$first/pagefind" "$work/out-$name/pagefind" >/dev/null; then
      echo "search-ab.sh: $name's pagefind/ differs from $first's" >&2; exit 1
    fi
  done
done
rm -rf "$work"/trash-*

python3 - "$results" <<'EOF'
import statistics, sys
rows = [line.rstrip('\n').split('\t') for line in open(sys.argv[1])]
names = list(dict.fromkeys(r[0] for r in rows))
stages = ["wall", "render pages", "write site", "index search", "index search: parse the pages still queued", "index search: build and write the index"]
print("median of each variant (s)\t" + "\t".join(stages))
for name in names:
    cells = []
    for stage in stages:
        values = [float(r[3]) for r in rows if r[0] == name and r[2] == stage]
        cells.append(f"{statistics.median(values):.2f}" if values else "-")
    print(name + "\t" + "\t".join(cells))
EOF
