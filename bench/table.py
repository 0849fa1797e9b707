#!/usr/bin/env python3
"""Prints compare.sh's results as a table: medians, min-max, peak memory and ratios to Hugo.

usage: table.py RESULTS.tsv REPS HUGO_VERSION DOTNET_VERSION CORES
RESULTS.tsv rows: size, name, repetition, seconds, peak kilobytes.
"""
import statistics
import sys
from collections import defaultdict

ROWS = [
    ("ours", "ArchiveSite build, related, no search", "hugo", "Hugo no related", 0.30),
    ("ours-rebuild", "ArchiveSite rebuild over its output", "hugo", "Hugo no related", None),
    ("hugo", "Hugo, no related lists", None, None, None),
    ("hugo-related", "Hugo, with related lists", "hugo", "Hugo no related", None),
    ("ours-search", "ArchiveSite search stage (Pagefind)", "pagefind-hugo", "Pagefind/Hugo", 0.50),
    ("pagefind-hugo", "Pagefind over Hugo's output", None, None, None),
]


def main():
    path, reps, hugo, dotnet, cores = sys.argv[1:6]
    runs = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        size, name, _, seconds, kb = line.rstrip("\n").split("\t")
        runs[(int(size), name)].append((float(seconds), int(kb)))
    sizes = sorted({size for size, _ in runs})
    print(f"ArchiveSite vs Hugo {hugo} — {cores} cores, .NET SDK {dotnet}, {reps} alternating runs per tool;")
    print("wall time of the whole process (search: stage 6 alone) and peak resident memory (/usr/bin/time).")
    for size in sizes:
        print()
        print(f"{size:,} digests{'':28}  median s   min–max s      peak MB  ratio")
        median = {name: statistics.median(s for s, _ in runs[(size, name)]) for (sz, name) in runs if sz == size}
        peak = {name: max(kb for _, kb in runs[(size, name)]) / 1024 for (sz, name) in runs if sz == size}
        for name, label, base, base_label, target in ROWS:
            if (size, name) not in runs:
                continue
            times = [s for s, _ in runs[(size, name)]]
            ratio = ""
            if base in median and median[base] > 0:
                ratio = f"{median[name] / median[base]:.2f}× {base_label}"
                if target is not None:
                    ratio += f" (target ≤ {target:.2f}: {'met' if median[name] / median[base] <= target else 'MISSED'})"
            memory = f"{peak[name]:8.0f}" if name != "ours-search" else f"{peak[name]:8.0f}*"
            print(f"  {label:<40} {median[name]:8.2f}  {min(times):6.2f}–{max(times):<7.2f} {memory:>9}  {ratio}")
        if "ours" in peak and "hugo" in peak:
            share = peak["ours"] / peak["hugo"]
            print(f"  peak memory, ArchiveSite build / Hugo no related: {share:.2f} (target ≤ 1.00: {'met' if share <= 1 else 'MISSED'})")
    print()
    print("* peak of the whole build with search (ArchiveSite and its Pagefind child).")
    if len(sizes) > 1 and all((s, "ours") in runs for s in sizes):
        print()
        print("Growth of the ArchiveSite build (median seconds per 1,000 digests):")
        first = None
        for size in sizes:
            t = statistics.median(s for s, _ in runs[(size, "ours")])
            per = t / size * 1000
            first = first or per
            print(f"  {size:>7,} digests: {t:7.2f} s, {per:5.2f} s per 1,000 ({per / first:.2f}× the smallest size's rate)")


if __name__ == "__main__":
    main()
