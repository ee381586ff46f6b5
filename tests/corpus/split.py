#!/usr/bin/env python3
"""Split the labelled corpus into a tuning half and a held-out half. Run once.

Reads raw/part-*.jsonl (as collected, see RUBRIC.md), drops the duplicates listed below,
shuffles each stratum (written-for-the-corpus or real, and the kind of concern) with a fixed
generated, and deals its statements alternately to tuning.jsonl and heldout.jsonl, so both halves
hold concerns, generic and specific statements in about the same share. The held-out half is
not read while rules are written; it is scored once, at the end.
"""
import glob
import json
import random
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20261128
# The same organization collected twice: keep the first id.
DROP = {"b009": "same as a032", "c012": "same as a037", "c010": "same as a043"}

rows = []
for path in sorted(glob.glob(str(HERE / "raw" / "part-*.jsonl"))):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            if row["id"] not in DROP:
                rows.append(row)
rows.sort(key=lambda r: r["id"])

strata = {}
for r in rows:
    strata.setdefault((r["synthetic"], r["expect"].get("concern_kind") or ""), []).append(r)

rng = random.Random(SEED)
halves = {"tuning": [], "heldout": []}
turn = 0
for key in sorted(strata):
    group = strata[key]
    rng.shuffle(group)
    for r in group:
        halves["tuning" if turn % 2 == 0 else "heldout"].append(r)
        turn += 1

for name, part in halves.items():
    part.sort(key=lambda r: r["id"])
    with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as out:
        for r in part:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{name}: {len(part)} statements, {sum(r['expect']['concern'] for r in part)} concerns, "
          f"{sum(r['synthetic'] for r in part)} written for the corpus")
