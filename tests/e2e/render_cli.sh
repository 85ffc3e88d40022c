#!/bin/sh
# frise render: a JSON timeline from `frise timeline` renders in every format,
# re-renders to the same JSON, and bad input is reported with file:line:col.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$FRISE" timeline --format json --quiet examples/corpus > "$tmp/tl.json" || fail "timeline json"
for f in md html timelinejs csv json; do
  "$FRISE" render --format $f --out "$tmp/out.$f" "$tmp/tl.json" || fail "render $f"
  [ -s "$tmp/out.$f" ] || fail "render $f: empty output"
done
cmp -s "$tmp/tl.json" "$tmp/out.json" || fail "json -> render json is not the identity"
"$FRISE" timeline --format md --quiet examples/corpus > "$tmp/direct.md"
cmp -s "$tmp/direct.md" "$tmp/out.md" || fail "render md differs from timeline --format md"
"$FRISE" render --format md - < "$tmp/tl.json" > "$tmp/stdin.md" && cmp -s "$tmp/stdin.md" "$tmp/out.md" \
  || fail "reading standard input"
printf '{"timeline": [\n  {"date": "2023-01-01",\n' > "$tmp/bad.json"
"$FRISE" render "$tmp/bad.json" > /dev/null 2> "$tmp/err"; rc=$?
[ $rc -eq 1 ] || fail "truncated JSON: exit $rc, want 1"
grep -q "bad.json:3:1:" "$tmp/err" || fail "no file:line:col in: $(cat "$tmp/err")"
"$FRISE" render --format pdf "$tmp/tl.json" > /dev/null 2>&1; [ $? -eq 2 ] || fail "unknown format: want exit 2"
"$FRISE" render "$tmp/missing.json" > /dev/null 2>&1; [ $? -eq 3 ] || fail "missing file: want exit 3"
# Independent parsers, when python3 is there: JSON outputs load, every CSV
# record has the 8 columns of the header.
if command -v python3 >/dev/null; then
  python3 - "$tmp" <<'PY' || fail "python3 could not read an output"
import csv, json, sys
d = sys.argv[1]
for name in ("out.json", "out.timelinejs"):
    json.load(open(f"{d}/{name}", encoding="utf-8"))
rows = list(csv.reader(open(f"{d}/out.csv", encoding="utf-8", newline="")))
assert rows[0] == "date,granularity,sentence,doc,title,url,start,end".split(","), rows[0]
assert len(rows) > 1 and all(len(r) == 8 for r in rows), "ragged CSV"
PY
fi
# The hostile seeds of the fuzz target: every format, no crash.
for seed in tests/fuzz/corpus/timeline/*; do
  for f in md html timelinejs csv json; do
    "$FRISE" render --format $f "$seed" > /dev/null 2>&1; rc=$?
    [ $rc -le 1 ] || fail "render --format $f $seed: exit $rc"
  done
done
echo "ok: render_cli"
