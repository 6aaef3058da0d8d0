"""Score the probe articles of tests/data/probe_*/: python tests/probe_score.py [DIR ...] [-q].

The probe articles were written by the team to try rules out (not by an outside annotator), each
NAME.txt with NAME.json: "published" (optional), "relations" and "optional" (or "ignore") as [s, p, o],
"meetings" as [participants, date, place, mode] or {"participants", "date", "place", "mode"}; ids such
as 'E:…' name entities the catalogue lacks and map to the build's ids through "ids" (unmapped ones
never match). An optional relation counts neither way.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract import extract_text
from kg.extract.relations import SYMMETRIC

PROBES = Path(__file__).resolve().parent / "data"


def _key(s: str, p: str, o: str) -> tuple[str, str, str]:
    return (o, p, s) if p in SYMMETRIC and o < s else (s, p, o)


@dataclass
class ProbeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    meetings_ok: int = 0
    meetings_missed: int = 0
    meetings_false: int = 0
    lines: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def score_dir(folder: Path) -> ProbeScore:
    """Relations and meetings of every article in `folder` against its expected facts."""
    out = ProbeScore()
    for doc in sorted(folder.glob("*.txt")):
        gold = json.loads(doc.with_suffix(".json").read_text(encoding="utf-8"))
        ids = gold.get("ids", {})
        x = extract_text(doc.read_text(encoding="utf-8"), source=doc.name, published=gold.get("published"))
        got = {f.key(): f for f in x.facts}
        expected = {_key(*(ids.get(t, t) for t in r)) for r in gold["relations"]}
        optional = {_key(*(ids.get(t, t) for t in r)) for r in gold.get("optional", []) + gold.get("ignore", [])}
        missed, extra = expected - set(got), set(got) - expected - optional
        out.tp += len(expected & set(got))
        out.fn += len(missed)
        out.fp += len(extra)
        meetings = [[m["participants"], m["date"], m["place"], m["mode"]] if isinstance(m, dict) else m
                    for m in gold["meetings"]]
        want = {(frozenset(ids.get(p, p) for p in m[0]), m[1], m[2], m[3]) for m in meetings}
        have = {(frozenset(m.participants), m.date.isoformat() if m.date else None, m.place, m.mode)
                for m in x.meetings}
        out.meetings_ok += len(want & have)
        out.meetings_missed += len(want - have)
        out.meetings_false += len(have - want)
        out.lines.append(f"== {doc.name} pub {x.reference_date}")
        out.lines += [f"  MISS {t}" for t in sorted(missed)]
        out.lines += [f"  FALSE {t} {got[t].rule} {got[t].trigger[:60]!r}" for t in sorted(extra)]
        out.lines += [f"  MMISS {sorted(m[0])} {m[1:]}" for m in want - have]
        out.lines += [f"  MFALSE {sorted(m[0])} {m[1:]}" for m in have - want]
    return out


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv if a != "-q"] or sorted(p for p in PROBES.glob("probe_*") if p.is_dir())
    for folder in folders:
        s = score_dir(folder)
        if "-q" not in argv:
            print("\n".join(s.lines))
        print(f"{folder.name}: relations tp={s.tp} fp={s.fp} fn={s.fn} P={s.precision:.3f} R={s.recall:.3f}  "
              f"meetings ok={s.meetings_ok} miss={s.meetings_missed} false={s.meetings_false}")


if __name__ == "__main__":
    main(sys.argv[1:])
