"""Score the probe articles: python tests/data/probe_zh_multi/score.py [-q].
Gold: relations / optional as [s, p, o]; ids 'E:…', 'A:…', 'P:…' are names of entities the
catalogue lacks, mapped to the build's ids through "ids" (unmapped ones never match)."""
import glob, json, os, sys
from kg.extract import extract_text
from kg.extract.relations import SYMMETRIC


def key(t):
    s, p, o = t
    return (o, p, s) if p in SYMMETRIC and o < s else (s, p, o)


tp = fp = fn = 0; mt = mf = mn = 0
verbose = '-q' not in sys.argv
for f in sorted(glob.glob(os.path.dirname(os.path.abspath(__file__)) + '/*.txt')):
    g = json.load(open(f[:-4] + '.json'))
    ids = g.get('ids', {})
    m = lambda t: key(tuple(ids.get(x, x) for x in t))
    x = extract_text(open(f).read(), source=os.path.basename(f))
    got = {fa.key(): fa for fa in x.facts}
    exp = {m(t) for t in g['relations']}
    opt = {m(t) for t in g.get('optional', [])}
    miss = exp - set(got); extra = set(got) - exp - opt
    tp += len(exp & set(got)); fn += len(miss); fp += len(extra)
    gm = {(frozenset(ids.get(p, p) for p in mm[0]), mm[1], mm[2], mm[3]) for mm in g['meetings']}
    xm = {(frozenset(mm.participants), mm.date.isoformat() if mm.date else None, mm.place, mm.mode) for mm in x.meetings}
    mt += len(gm & xm); mn += len(gm - xm); mf += len(xm - gm)
    if verbose:
        print('==', os.path.basename(f), 'pub', x.reference_date)
        for t in sorted(miss): print('  MISS', t)
        for t in sorted(extra): print('  FALSE', t, got[t].rule, repr(got[t].trigger[:60]))
        for t in gm - xm: print('  MMISS', sorted(t[0]), t[1:])
        for t in xm - gm: print('  MFALSE', sorted(t[0]), t[1:])
P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
print(f'relations tp={tp} fp={fp} fn={fn} P={P:.3f} R={R:.3f}  meetings ok={mt} miss={mn} false={mf}')
