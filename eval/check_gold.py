"""Consistency check of gold files (JSON, verbatim mentions/evidence, ids, types, predicates).

Usage: python eval/check_gold.py [SET_DIR ...]   (each holding gold/ and docs/; default: eval/blind eval/blind2 … eval/blind10)
"""
import json, glob, os, re, collections, sys
ROOT=os.path.dirname(os.path.abspath(__file__))
SETS=sys.argv[1:] or [os.path.join(ROOT,"blind"), os.path.join(ROOT,"blind2"), os.path.join(ROOT,"blind3"), os.path.join(ROOT,"blind4"), os.path.join(ROOT,"blind5"), os.path.join(ROOT,"blind6"), os.path.join(ROOT,"blind7"), os.path.join(ROOT,"blind8"), os.path.join(ROOT,"blind9"), os.path.join(ROOT,"blind10")]
TYPES={"Person","Country","Organization","Place","Event","Agreement","Initiative"}
PREDS={"meets","leaderOf","supports","opposes","cooperatesWith","memberOf","chairs","attends","hosts","signs","visits","locatedIn","alignsWith"}
LANGS={"en","zh-Hans","zh-Hant","vi","ru"}
ok=True
for gp in sorted(g for HERE in SETS for g in glob.glob(os.path.join(HERE,"gold","*.json"))):
    HERE=os.path.dirname(os.path.dirname(gp))
    d=json.load(open(gp)); stem=os.path.basename(gp)[:-5]
    t=open(os.path.join(HERE,"docs",stem+".txt")).read()
    errs=[]
    if d["doc"]!=stem+".txt": errs.append("doc name")
    if not set(d["languages"])<=LANGS: errs.append("langs")
    if d["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d",d["published"]): errs.append("pub")
    ids=collections.Counter(e["id"] for e in d["entities"])
    for k,v in ids.items():
        if v>1: errs.append("dup id "+k)
    ents={e["id"]:e for e in d["entities"]}
    allm=collections.Counter()
    for e in d["entities"]:
        if e["type"] not in TYPES: errs.append("type "+e["id"])
        if not e["mentions"]: errs.append("no mentions "+e["id"])
        for m in e["mentions"]:
            allm[m]+=1
            if m not in t: errs.append(f"mention not in text: {e['id']} {m!r}")
    for m,c in allm.items():
        if c>1: errs.append("mention shared: "+m)
    seen=set()
    for r in d["relations"]:
        if r["p"] not in PREDS: errs.append("pred "+r["p"])
        for k in "so":
            if r[k] not in ents: errs.append("unknown id "+r[k])
        if r["evidence"] not in t: errs.append(f"evidence not in text: {r['s']} {r['p']} {r['o']}: {r['evidence'][:60]!r}")
        key=(r["s"],r["p"],r["o"])
        if r["p"] in ("meets","cooperatesWith","alignsWith"): key=(min(r["s"],r["o"]),r["p"],max(r["s"],r["o"]))
        if key in seen: errs.append("dup rel "+str(key))
        seen.add(key)
        # type sanity
        st=ents.get(r["s"],{}).get("type"); ot=ents.get(r["o"],{}).get("type")
        sig={"meets":({"Person"},{"Person"}),"leaderOf":({"Person"},{"Country","Organization"}),"memberOf":({"Country"},{"Organization"}),
             "chairs":({"Country"},{"Organization"}),"attends":({"Person","Country"},{"Event"}),"hosts":({"Person","Country","Place"},{"Event"}),
             "signs":({"Country","Person"},{"Agreement"}),"visits":({"Person"},{"Country","Place"}),"locatedIn":({"Place"},{"Place","Country"}),
             "alignsWith":({"Initiative","Organization"},{"Initiative","Organization"})}
        if r["p"] in sig and (st not in sig[r["p"]][0] or ot not in sig[r["p"]][1]): errs.append(f"signature {r['s']} {r['p']} {r['o']} ({st},{ot})")
    meets={frozenset((r["s"],r["o"])) for r in d["relations"] if r["p"]=="meets"}
    for m in d["meetings"]:
        for p in m["participants"]:
            if ents.get(p,{}).get("type")!="Person": errs.append("meeting participant "+p)
        if m["place"] is not None and ents.get(m["place"],{}).get("type")!="Place": errs.append("meeting place "+str(m["place"]))
        if m["mode"] not in ("in_person","video","phone"): errs.append("mode")
        if m["evidence"] not in t: errs.append("meeting evidence not in text")
        if m["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d",m["date"]): errs.append("mdate")
        ps=m["participants"]
        for i in range(len(ps)):
            for j in range(i+1,len(ps)):
                if frozenset((ps[i],ps[j])) not in meets: errs.append(f"meeting without meets rel {ps[i]} {ps[j]}")
    # unused entities
    used={r["s"] for r in d["relations"]}|{r["o"] for r in d["relations"]}
    unused=[e["id"] for e in d["entities"] if e["id"] not in used]
    print(f"{stem}: {len(d['entities'])} ent, {len(d['relations'])} rel, {len(d['meetings'])} meet; unused={unused}")
    for e in errs: print("   ERR", e); ok=False
print("ALL OK" if ok else "ERRORS")
