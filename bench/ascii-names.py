#!/usr/bin/env python3
"""Renames digest files whose names have accented letters to ASCII: gen-corpus.py writes "café-owners",
but ArchiveSite slugs are lowercase ASCII (error AS0118), so both tools are timed on the same, valid corpus.

usage: ascii-names.py CORPUS
"""
import os
import sys
import unicodedata

for root, _, files in os.walk(os.path.join(sys.argv[1], "digests")):
    for name in files:
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if ascii_name != name:
            os.rename(os.path.join(root, name), os.path.join(root, ascii_name))
