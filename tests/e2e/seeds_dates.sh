#!/bin/sh
# The dates a careful reader gives the seeds, through the whole CLI: "le 10
# janvier" in a December 2021 article is 2022-01-10, its "jeudi" 2021-12-30;
# the undated 001 borrows February 2022 from its collection (with evidence),
# so its "le 24 février" is 2022-02-24.
set -e
SEEDS=../shared/seeds
[ -d "$SEEDS" ] || { echo "skipped: $SEEDS missing"; exit 0; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$FRISE" annotate --format jsonl "$SEEDS" > "$out"
has() { grep "^{\"id\":\"$1" "$out" | grep -q -- "$2" || { echo "missing in $1: $2"; exit 1; }; }
has 003_ '"text":"le 10 janvier","type":"DATE","value":"2022-01-10"'
has 003_ '"text":"jeudi","type":"DATE","value":"2021-12-30"'
has 000_ '"text":"le 22 au soir","type":"TIME","value":"2022-02-22TEV"'
has 000_ '"text":"Le 23 février","type":"DATE","value":"2022-02-23"'
has 001_ '"dct":null,"dct_precision":"unknown","dct_inferred":{"value":"2022-02","precision":"month","evidence":"collection:'
has 001_ '"text":"le 24 février","type":"DATE","value":"2022-02-24"'
# alone, 001 has no collection to learn from: no date is invented
"$FRISE" annotate --format jsonl "$SEEDS"/001_*.txt | grep -q '"text":"le 24 février","type":"DATE","value":"XXXX-02-24"'
