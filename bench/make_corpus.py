#!/usr/bin/env python3
"""Builds the benchmark corpus in bench/data/ (git-ignored) from the dev
corpora in ../shared/corpora, at run time: nothing third-party is stored in
the repository.

Articles of t17-dev (English), mlcrisis-fr-dev and ftib-dev (French) are
drawn at random (French twice as often, so both languages weigh about the
same in bytes), their paragraphs shuffled, and each gets a new id and a new
publication date. Output:
  data/corpus.jsonl   JSON Lines, --jsonl-mb megabytes (default 200)
  data/text/NNN/*.txt plain-text files with a `date` header, --text-mb MB
Deterministic (fixed seed); does nothing if the files already have the size.
"""
import argparse, glob, json, os, random, re, sys

def load(shared):
    fr, en = [], []
    for path in sorted(glob.glob(os.path.join(shared, "corpora/t17-dev/*/articles.jsonl"))):
        with open(path, encoding="utf-8") as f:
            en += [json.loads(l)["text"] for l in f if l.strip()]
    for path in sorted(glob.glob(os.path.join(shared, "corpora/mlcrisis-fr-dev/*/articles.jsonl"))):
        with open(path, encoding="utf-8") as f:
            fr += [json.loads(l)["text"] for l in f if l.strip()]
    for path in sorted(glob.glob(os.path.join(shared, "corpora/ftib-dev/*.tml"))):
        with open(path, encoding="utf-8") as f:
            m = re.search(r"<TEXT>(.*)</TEXT>", f.read(), re.S)
        if m:
            t = re.sub(r"<[^>]*>", "", m.group(1))
            fr.append(t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    return [t for t in fr if t.strip()], [t for t in en if t.strip()]

def article(rng, fr, en):
    src = rng.choice(fr) if rng.random() < 0.5 else rng.choice(en)
    paras = [p for p in re.split(r"\n\s*\n|\n", src) if p.strip()]
    if len(paras) > 2:  # keep the first line (often the title), shuffle the rest
        rest = paras[1:]
        rng.shuffle(rest)
        paras = paras[:1] + rest
    date = "%04d-%02d-%02d" % (rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 28))
    return "\n".join(paras), date

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../shared"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "data"))
    ap.add_argument("--jsonl-mb", type=int, default=200)
    ap.add_argument("--text-mb", type=int, default=100)
    a = ap.parse_args()
    jsonl = os.path.join(a.out, "corpus.jsonl")
    textdir = os.path.join(a.out, "text")
    stamp = os.path.join(a.out, "stamp")
    want = "%d %d\n" % (a.jsonl_mb, a.text_mb)
    if os.path.exists(stamp) and open(stamp).read() == want:
        return
    fr, en = load(a.shared)
    if not fr or not en:
        sys.exit("make_corpus.py: no articles found under %s/corpora" % a.shared)
    rng = random.Random(2026)
    os.makedirs(a.out, exist_ok=True)
    size, n = 0, 0
    with open(jsonl, "w", encoding="utf-8") as f:
        while size < a.jsonl_mb << 20:
            text, date = article(rng, fr, en)
            line = json.dumps({"id": "bench-%07d" % n, "date": date, "text": text}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    size, n = 0, 0
    while size < a.text_mb << 20:
        text, date = article(rng, fr, en)
        d = os.path.join(textdir, "%03d" % (n // 1000))
        os.makedirs(d, exist_ok=True)
        body = "date %s\n%s\n" % (date, text)
        with open(os.path.join(d, "a%06d.txt" % n), "w", encoding="utf-8") as f:
            f.write(body)
        size += len(body.encode("utf-8"))
        n += 1
    with open(stamp, "w") as f:
        f.write(want)

if __name__ == "__main__":
    main()
