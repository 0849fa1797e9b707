#!/usr/bin/env python3
"""Add what a generated corpus lacks to measure every page kind at scale: story lines, corrections and thousands of
organisations, written into the digests of an input folder made by gen-corpus.py (in place, deterministic).

usage: grow-corpus.py DIR [--organisations N] [--stories N]

- N organisations (default 3000) more in entities.yml, each named by about three digests;
- N story lines (default 40) in stories.yml: one long (every tenth digest, 1,000 developments at 10,000 digests)
  and the others sharing every fifth digest;
- a correction (a sentence of about 150 characters) on every tenth digest.
Run it once per folder: a second run would add the same keys again.
"""
import os
import re
import sys


def main():
    args = sys.argv[1:]
    organisations, stories = 3000, 40
    for name in ("--organisations", "--stories"):
        if name in args:
            k = args.index(name)
            value = int(args[k + 1])
            del args[k:k + 2]
            organisations, stories = (value, stories) if name == "--organisations" else (organisations, value)
    if len(args) != 1:
        sys.exit(__doc__)
    folder = args[0]
    with open(os.path.join(folder, "entities.yml"), "a", encoding="utf-8") as f:
        for i in range(organisations):
            f.write(f'"Organisation {i:05d}":\n  description: "A generated organisation, number {i}, with a description of a usual length."\n')
    with open(os.path.join(folder, "stories.yml"), "w", encoding="utf-8") as f:
        f.write('long-story:\n  title: "A long story line"\n  description: "One event followed over a decade, development by development."\n')
        for i in range(1, stories):
            f.write(f's{i:03d}:\n  title: "Story line {i}"\n  description: "A generated story line, number {i}."\n')
    files = sorted(os.path.join(root, name) for root, _, names in os.walk(os.path.join(folder, "digests")) for name in names if name.endswith(".md"))
    for i, path in enumerate(files):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        head, body = text.split("\n---\n", 1)
        if organisations:
            head = re.sub(r"^entities: \[(.*)\]$", lambda m: f'entities: [{m.group(1)}, "Organisation {i % organisations:05d}"]', head, count=1, flags=re.M)
        if i % 10 == 1:
            head += "\nstory: long-story"
        elif i % 5 == 0 and stories > 1:
            head += f"\nstory: s{1 + (i // 5) % (stories - 1):03d}"
        if i % 10 == 3:
            date = re.search(r"^date: (\S+)$", head, re.M).group(1)
            head += (f"\nupdated: {date}\ncorrections:\n  - date: {date}\n    note: \"An earlier version gave the wrong figure for the number of people affected;"
                     " it now gives the figure the cited report gives, and names the report.\"")
        with open(path, "w", encoding="utf-8") as f:
            f.write(head + "\n---\n" + body)


if __name__ == "__main__":
    main()
