#!/usr/bin/env python3
"""Write a JSON Lines corpus of about MB megabytes of article text, made from
the sample articles in claims/ (paragraphs rotated so documents differ).

usage: scripts/gen_corpus.py OUT.jsonl [MB]      (default 64)
Prints: documents, text bytes, words.
"""
import glob
import json
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out_path = sys.argv[1]
target = float(sys.argv[2] if len(sys.argv) > 2 else 64) * 1e6

articles = []
for p in sorted(glob.glob(os.path.join(root, "claims", "*.txt"))):
    t = open(p, encoding="utf-8").read()
    date = ""
    m = re.match(r"---\n(.*?)\n---\n", t, re.S)
    if m:
        d = re.search(r"^date:\s*(\S+)", m.group(1), re.M)
        date = d.group(1) if d else ""
        t = t[m.end():]
    paras = [x for x in t.split("\n\n") if x.strip()]
    articles.append((os.path.basename(p)[:-4], date, paras))

size = words = i = 0
with open(out_path, "w", encoding="utf-8") as out:
    while size < target:
        name, date, paras = articles[i % len(articles)]
        k = (i // len(articles)) % len(paras)
        text = "\n\n".join(paras[k:] + paras[:k])
        out.write(json.dumps({"id": f"{name}-{i}", "date": date, "text": text}) + "\n")
        size += len(text.encode("utf-8"))
        words += len(text.split())
        i += 1
print(i, size, words)
