# Differential check of `frise eval timeline`: random small timelines scored
# by frise and by a direct Python transcription of TILSE's formulas (concat,
# agreement, align+ m:1 with numpy-argmin tie-breaking, date P/R; single
# reference). The vocabulary is chosen so that ROUGE preprocessing only
# lower-cases (no stopword, no stem change), while the alignment's estimate
# still sees case. Dev tool, not part of `make test` (needs python3).
#   usage: python3 bench/tilse_crosscheck.py build/frise [SEED]
import datetime, json, os, random, shutil, subprocess, sys, tempfile
from collections import Counter
W = ["alpha","beta","gamma","delta","zeta","theta","kappa","sigma","omega","lambda","Alpha","BETA"]
def rtl(rng):
    n = rng.randint(0, 6)
    days = sorted(rng.sample(range(0, 30), n))
    tl = {}
    for d in days:
        sents = []
        for _ in range(rng.randint(0, 3)):
            sents.append(" ".join(rng.choice(W) for _ in range(rng.randint(1, 6))))
        tl[d] = sents
    return tl
def toks(s): return [w.lower() for w in s.split()]
def grams(sents, n):
    t = [w for s in sents for w in toks(s)]
    return Counter(tuple(t[i:i+n]) for i in range(len(t)-n+1))
def hits(a, b): return sum(min(c, b[g]) for g, c in a.items())
def approx(p, r):
    pc = Counter(w for s in p for w in s.split()); rc = Counter(w for s in r for w in s.split())
    m = sum(min(pc[t], rc[t]) for t in pc)
    pd = sum(pc.values()); prec = 0 if pd == 0 else m / pd
    rd = sum(rc.values()); rec = 0 if rd == 0 else m / rd
    return 0 if prec + rec == 0 else 2 * prec * rec / (prec + rec)
def prf(pn, pd, rn, rd):
    p = 0 if pd == 0 else pn / pd; r = 0 if rd == 0 else rn / rd
    return p, r
def score(sys_, gold):
    out = {}
    for n in (1, 2):
        sc = grams([s for d in sorted(sys_) for s in sys_[d]], n); gc = grams([s for d in sorted(gold) for s in gold[d]], n)
        h = hits(sc, gc); out[("concat", n)] = prf(h, sum(sc.values()), h, sum(gc.values()))
        pn = pd = rn = rd = 0
        for d in set(sys_) | set(gold):
            a = grams(sys_.get(d, []), n); b = grams(gold.get(d, []), n); h = hits(a, b)
            if d in sys_: pn += h; pd += sum(a.values())
            if d in gold: rn += h; rd += sum(b.values())
        out[("agreement", n)] = prf(pn, pd, rn, rd)
        P = sorted(sys_); R = sorted(gold)
        cost = [[(1 - 1/(abs(p - r) + 1)) * (1 - approx(sys_[p], gold[r])) for r in R] for p in P]
        pn = pd = rn = rd = 0
        for i, p in enumerate(P):
            a = grams(sys_[p], n)
            if R:
                j = min(range(len(R)), key=lambda j: (cost[i][j], j)); r = R[j]
                pn += (1/(abs(p-r)+1)) * hits(a, grams(gold[r], n))
            pd += sum(a.values())
        for j, r in enumerate(R):
            b = grams(gold[r], n)
            if P:
                i = min(range(len(P)), key=lambda i: (cost[i][j], i)); p = P[i]
                rn += (1/(abs(p-r)+1)) * hits(grams(sys_[p], n), b)
            rd += sum(b.values())
        out[("align_m1", n)] = prf(pn, pd, rn, rd)
    both = len(set(sys_) & set(gold))
    out[("date", 0)] = prf(both, len(sys_), both, len(gold))
    return out
def write_txt(path, tl):
    with open(path, "w") as f:
        for d in sorted(tl):
            f.write((datetime.date(2020,1,1) + datetime.timedelta(d)).isoformat() + "\n")
            for s in tl[d]: f.write(s + "\n")
            f.write("-----\n")
def write_json(path, tl):
    ents = [{"date": (datetime.date(2020,1,1) + datetime.timedelta(d)).isoformat(), "granularity": "day",
             "summary": [{"text": s} for s in tl[d]]} for d in sorted(tl)]
    json.dump({"timeline": ents}, open(path, "w"))
tmp = tempfile.mkdtemp()
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
frise = sys.argv[1]; bad = 0
for it in range(300):
    g = rtl(rng); y = rtl(rng)
    if not g: g = {5: ["alpha beta"]}
    write_txt(os.path.join(tmp, "g.txt"), g); write_json(os.path.join(tmp, "y.json"), y)
    r = subprocess.run([frise, "eval", "timeline", "--json", os.path.join(tmp, "g.txt"), os.path.join(tmp, "y.json")], capture_output=True, text=True)
    js = json.loads(r.stdout)["tasks"][0]["scores"]
    ref = score(y, g)
    for (m, n), (p, rr) in ref.items():
        got = js["date"] if m == "date" else js[m]["rouge%d" % n]
        if abs(got["p"] - p) > 1e-5 or abs(got["r"] - rr) > 1e-5:
            bad += 1; print("MISMATCH", it, m, n, got, p, rr, g, y); break
shutil.rmtree(tmp)
print("checked 300, mismatches", bad)
sys.exit(1 if bad else 0)
