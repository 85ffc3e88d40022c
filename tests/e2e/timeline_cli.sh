#!/bin/sh
# frise timeline on the example corpus: formats, protocol constraints from a
# gold timeline written here, one file per gold timeline, bad input handling.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$FRISE" timeline --format json examples/corpus > "$tmp/tl.json" || fail "json run"
grep -q '"timeline":\[' "$tmp/tl.json" || fail "no timeline array"
# the day's sentence tells what happened that day: the closure order, not the
# préfète's quote that follows it (needs the tagger to date "mardi")
if grep -q '^ *{"date":"2025-03-11"' "$tmp/tl.json"; then
  grep '^ *{"date":"2025-03-11"' "$tmp/tl.json" | grep -q '"text":"La préfecture a ordonné' \
    || fail "2025-03-11 is not the closure order"
fi
"$FRISE" timeline --format md --out "$tmp/tl.md" examples/corpus || fail "md run"
[ -s "$tmp/tl.md" ] || fail "empty markdown"
# a line leaves its attribution out of the scored text but keeps it as
# "said", and the readable formats show who said it
grep -q '"text":"Les transports scolaires seront réorganisés dès jeudi","said":", a précisé le conseil départemental."' \
  "$tmp/tl.json" || fail "attribution not kept apart as said"
grep -q 'dès jeudi, a précisé le conseil départemental\.' "$tmp/tl.md" || fail "markdown line lost who said it"
for f in html csv timelinejs; do
  "$FRISE" timeline --format $f examples/corpus > /dev/null || fail "format $f"
done

# Protocol: a gold timeline with 2 dates and 3 sentences -> 2 dates, 2 sentences a date at most.
mkdir -p "$tmp/gold"
cat > "$tmp/gold/t.jsonl" <<'G'
{"name": "topic_a/tl1.txt", "timeline": [["2025-03-11", ["One.", "Two."]], ["2025-04-30", ["Three."]]]}
{"name": "topic_a/tl2.txt", "timeline": [["2025-03-12", ["Four."]]]}
G
"$FRISE" timeline --format json --query "pont bridge Sorgue" --constraints-from "$tmp/gold/t.jsonl" \
  --out-dir "$tmp/sys" examples/corpus || fail "constraints run"
[ -f "$tmp/sys/topic_a__tl1.json" ] && [ -f "$tmp/sys/topic_a__tl2.json" ] || fail "one file per gold timeline"
# entries are one a line, starting with {"date": (documents start with {"id":)
n=$(grep -c '^ *\[\{0,1\}{"date":' "$tmp/sys/topic_a__tl1.json" || true)
[ "$n" -le 2 ] || fail "more dates than the gold timeline ($n)"
if grep '^ *{"date":' "$tmp/sys/topic_a__tl1.json" | grep -v '^ *{"date":"2025-0[34]' | grep -q .; then
  fail "date outside the gold range"
fi
grep -o '"timeline":\[.*' "$tmp/sys/topic_a__tl2.json" > /dev/null || fail "tl2 output"
# a shipped .txt timeline works too
printf '2025-03-11\nUn.\nDeux.\n--------------------------------\n2025-03-20\nTrois.\n' > "$tmp/gold/g.txt"
"$FRISE" timeline --format json --constraints-from "$tmp/gold/g.txt" examples/corpus > "$tmp/g.json" \
  || fail "txt constraints"

# A bad gold line is reported with its file and line; the good ones still run (exit 1).
cat > "$tmp/gold/bad.jsonl" <<'G'
{"name": "topic_b/ok.txt", "timeline": [["2025-03-11", ["One."]]]}
{"name": "topic_b/broken.txt", "timeline": [["March 11", ["One."]]]}
{not json
G
set +e
"$FRISE" timeline --format json --constraints-from "$tmp/gold/bad.jsonl" --out-dir "$tmp/sysb" \
  examples/corpus 2> "$tmp/errb"
rc=$?
set -e
[ $rc -eq 1 ] || fail "bad gold lines: exit $rc"
grep -q "bad.jsonl:2" "$tmp/errb" && grep -q "bad.jsonl:3" "$tmp/errb" || fail "bad gold lines not located"
[ -f "$tmp/sysb/topic_b__ok.json" ] || fail "good gold line not run"

# Bad input: a missing file is reported with its name, the rest is processed, exit 1.
set +e
"$FRISE" timeline --format json examples/corpus "$tmp/missing.txt" > "$tmp/o.json" 2> "$tmp/err"
rc=$?
set -e
[ $rc -eq 1 ] || fail "exit status $rc for a missing input"
grep -q "missing.txt" "$tmp/err" || fail "diagnostic does not name the file"
grep -q '"timeline"' "$tmp/o.json" || fail "other inputs not processed"
# Usage errors: exit 2.
set +e
"$FRISE" timeline --format nope examples/corpus > /dev/null 2>&1; rc1=$?
"$FRISE" timeline --dates -3 examples/corpus > /dev/null 2>&1; rc2=$?
"$FRISE" timeline > /dev/null 2>&1; rc3=$?
"$FRISE" timeline --constraints-from "$tmp/gold/t.jsonl" examples/corpus > /dev/null 2>&1; rc4=$?
set -e
[ $rc1 -eq 2 ] && [ $rc2 -eq 2 ] && [ $rc3 -eq 2 ] && [ $rc4 -ne 0 ] || fail "usage errors: $rc1 $rc2 $rc3 $rc4"
echo ok
