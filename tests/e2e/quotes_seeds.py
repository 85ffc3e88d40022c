# quotes_seeds.py: prints, for each seed article annotated by frise (JSON Lines
# on stdin), one line per quote: id, kind, span, speaker id and name, verb; then
# checks the invariants every quote and entity must satisfy.
import json, sys
bad = 0
for line in sys.stdin:
    d = json.loads(line)
    n = d["length"]
    ents = d["entities"]
    for e in ents:
        if not (0 <= e["start"] < e["end"] <= n) or e["type"] not in ("PERSON", "ORG", "PLACE"):
            print("bad entity", d["id"], e); bad = 1
    names = {e["id"]: e["name"] for e in ents}
    for q in d["quotes"]:
        if not (0 <= q["start"] <= q["end"] <= n):
            print("bad quote span", d["id"], q["start"], q["end"]); bad = 1
        if q["speaker_id"] is not None and names.get(q["speaker_id"]) != q["speaker"]:
            print("speaker id does not name an entity", d["id"], q["start"]); bad = 1
        print(d["id"], q["kind"], q["start"], q["end"], q["speaker_id"], q["speaker"], q["verb"])
sys.exit(bad)
