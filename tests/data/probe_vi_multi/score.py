import json, sys, glob, os
from kg.extract import extract_text
from kg.extract.relations import SYMMETRIC
def key(t):
    s,p,o=t
    if p in SYMMETRIC and o<s: return (o,p,s)
    return (s,p,o)
tp=fp=fn=0; mt=mf=mn=0
files = sorted(glob.glob('' + os.path.dirname(os.path.abspath(__file__)) + '/*.txt'))
verbose = '-q' not in sys.argv
for f in files:
    g=json.load(open(f[:-4]+'.json'))
    text=open(f).read()
    x=extract_text(text, source=os.path.basename(f))
    got={fa.key():fa for fa in x.facts}
    exp={key(tuple(t)) for t in g['relations']}
    opt={key(tuple(t)) for t in g.get('optional',[])}
    miss=exp-set(got); extra=set(got)-exp-opt
    tp+=len(exp&set(got)); fn+=len(miss); fp+=len(extra)
    gm={(frozenset(m[0]),m[1],m[2],m[3]) for m in g['meetings']}
    xm={(frozenset(m.participants), m.date.isoformat() if m.date else None, m.place, m.mode) for m in x.meetings}
    mt+=len(gm&xm); mn+=len(gm-xm); mf+=len(xm-gm)
    if verbose:
        print('==',os.path.basename(f), 'pub', x.reference_date)
        for m in sorted(miss): print('  MISS', m)
        for m in sorted(extra): print('  FALSE', m, got[m].rule, repr(got[m].trigger[:60]))
        for m in gm-xm: print('  MMISS', sorted(m[0]), m[1:])
        for m in xm-gm: print('  MFALSE', sorted(m[0]), m[1:])
P=tp/(tp+fp) if tp+fp else 0; R=tp/(tp+fn)
print(f'relations tp={tp} fp={fp} fn={fn} P={P:.3f} R={R:.3f}  meetings ok={mt} miss={mn} false={mf}')
