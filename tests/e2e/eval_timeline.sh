#!/bin/sh
# End-to-end: `frise eval timeline` on small timelines written here, and on
# the Timeline17 dev gold when ../shared is present. A gold timeline scored
# against itself gives 1 everywhere; against an empty timeline, 0.
set -u
FRISE=${FRISE:-build/frise}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cat > "$tmp/gold.jsonl" <<'J'
{"name": "quake/first.txt", "timeline": [["2031-03-02", ["The river burst its banks near the old mill .", "Rescuers reached the valley by boat ."]], ["2031-03-05", ["The mayor opened three shelters for families ."]]]}
{"name": "quake/second.txt", "timeline": [["2031-03-02", ["Heavy rain flooded the valley ."]], ["2031-03-09", ["Schools reopened after a week ."]]]}
J
mkdir "$tmp/self" "$tmp/partial"
# The same timelines as frise JSON, one file per gold timeline.
cat > "$tmp/self/quake__first.json" <<'J'
{"timeline": [{"date": "2031-03-02", "granularity": "day", "summary": [{"text": "The river burst its banks near the old mill ."}, {"text": "Rescuers reached the valley by boat ."}]}, {"date": "2031-03-05", "granularity": "day", "summary": [{"text": "The mayor opened three shelters for families ."}]}], "documents": []}
J
cat > "$tmp/self/quake__second.json" <<'J'
{"timeline": [{"date": "2031-03-02", "granularity": "day", "summary": [{"text": "Heavy rain flooded the valley ."}]}, {"date": "2031-03-09", "granularity": "day", "summary": [{"text": "Schools reopened after a week ."}]}]}
J
# The as-shipped text format.
printf '2031-03-02\nHeavy rain flooded the valley .\n--------------------------------\n2031-03-09\nSchools reopened after a week .\n--------------------------------\n' > "$tmp/second.txt"

out=$("$FRISE" eval timeline --json "$tmp/gold.jsonl" "$tmp/self") || fail "self-score exit $?"
n=$(printf '%s' "$out" | grep -o '"[prf]": [0-9.]*' | grep -vc '1.000000')
[ "$n" = 0 ] || fail "self-score not 1 everywhere: $out"
printf '%s' "$out" | grep -q '"tasks": 2' || fail "expected 2 tasks: $out"

"$FRISE" eval timeline "$tmp/second.txt" "$tmp/self/quake__second.json" | grep -q '^align+ m:1 *1.0000 1.0000 1.0000' \
  || fail "txt gold vs frise JSON should score 1"

echo '{"timeline": []}' > "$tmp/empty.json"
out=$("$FRISE" eval timeline --json "$tmp/second.txt" "$tmp/empty.json") || fail "empty exit $?"
n=$(printf '%s' "$out" | grep -o '"[prf]": [0-9.]*' | grep -vc ' 0.000000')
[ "$n" = 0 ] || fail "empty system should score 0: $out"

# A missing system file is an error (exit 1) and scores as empty.
cp "$tmp/self/quake__first.json" "$tmp/partial/"
"$FRISE" eval timeline "$tmp/gold.jsonl" "$tmp/partial" > "$tmp/out" 2> "$tmp/err"; rc=$?
[ $rc = 1 ] || fail "missing system file: exit $rc, expected 1"
grep -q 'quake__second.json' "$tmp/err" || fail "missing file not named: $(cat "$tmp/err")"

# Bad input is reported with its file and line, never a crash.
printf '{"name": "x", "timeline": [["2031-02-30", ["a"]]]}\nnot json\n' > "$tmp/bad.jsonl"
"$FRISE" eval timeline "$tmp/bad.jsonl" "$tmp/empty.json" > /dev/null 2> "$tmp/err"; rc=$?
[ $rc = 1 ] || fail "bad gold: exit $rc, expected 1"
grep -q 'bad.jsonl:2' "$tmp/err" || fail "bad line not located: $(cat "$tmp/err")"

# --explain prints the alignment of each task on stderr.
"$FRISE" eval timeline --explain "$tmp/gold.jsonl" "$tmp/self" 2> "$tmp/err" > /dev/null || fail "explain exit $?"
grep -q '^task quake/second.txt: 2 system days, 2 gold days' "$tmp/err" || fail "explain: $(cat "$tmp/err")"
grep -q '^  2031-03-09  2031-03-09     0 ' "$tmp/err" || fail "explain lines: $(cat "$tmp/err")"

# A manifest of GOLD SYS pairs gives the same table as the pairs on the line.
printf '# gold system\n%s %s\n\n%s %s\n' "$tmp/gold.jsonl" "$tmp/self" "$tmp/second.txt" "$tmp/empty.json" > "$tmp/pairs"
a=$("$FRISE" eval timeline --manifest "$tmp/pairs") || fail "manifest exit $?"
b=$("$FRISE" eval timeline "$tmp/gold.jsonl" "$tmp/self" "$tmp/second.txt" "$tmp/empty.json") || fail "pairs exit $?"
[ "$a" = "$b" ] || fail "manifest and pairs differ"
printf '%s\n' "$a" | grep -q '^3 tasks' || fail "expected 3 tasks: $a"

# Usage errors.
"$FRISE" eval timeline "$tmp/gold.jsonl" 2> /dev/null; [ $? = 2 ] || fail "odd argument count should be a usage error"

# Timeline17 dev gold against itself, all topics in one table.
T17=../shared/corpora/t17-dev
if [ -d "$T17" ]; then
  args=""
  for t in "$T17"/*/; do args="$args $t/timelines.jsonl $t/timelines.jsonl"; done
  # shellcheck disable=SC2086
  out=$("$FRISE" eval timeline --json $args) || fail "t17 self-score exit $?"
  n=$(printf '%s' "$out" | grep -o '"average": {[^]]*"gold_dates": [0-9]*}' | grep -o '"[prf]": [0-9.]*' | grep -vc '1.000000')
  [ "$n" = 0 ] || fail "t17 self-score not 1"
fi
echo ok
