#!/usr/bin/env python3
"""Writes the Wikinews CSV corpus as one .txt file per article (headline, blank line, text).

    python3 crates/newsgraph-gkg/scripts/wikinews_to_txt.py ../shared/corpora/wikinews-en /tmp/wikinews-txt

Both newsgraph (`analyze DIR`, first line = headline) and the gdelt-regkg peer read that folder.
"""
import csv
import os
import sys

csv.field_size_limit(1 << 30)
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
n = 0
for name in sorted(os.listdir(src)):
    if not name.endswith(".csv"):
        continue
    with open(os.path.join(src, name), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            n += 1
            title = " ".join((row.get("title") or "").split())
            with open(os.path.join(out, f"{n:05d}.txt"), "w", encoding="utf-8") as g:
                g.write(f"{title}\n\n{row.get('text') or ''}\n")
print(f"{n} articles written to {out}", file=sys.stderr)
