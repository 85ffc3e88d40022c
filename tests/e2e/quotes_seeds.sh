#!/bin/sh
# Quotes and their speakers on the five seed articles (read at run time): every
# quote's span and speaker against a golden file of offsets and speaker names
# (checked by reading; no third-party text is stored), plus the invariants of
# the entities and quotes layers.
set -e
SEEDS=../shared/seeds
[ -d "$SEEDS" ] || { echo "skipped: $SEEDS missing"; exit 0; }
command -v python3 >/dev/null || { echo "skipped: python3 missing"; exit 0; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$FRISE" annotate --format jsonl "$SEEDS" > "$out"   # the undated 001 comes last: it waits for a date from the collection
python3 tests/e2e/quotes_seeds.py < "$out" | sort -s -k1,1 | diff -u tests/data/seeds/quotes.golden -
