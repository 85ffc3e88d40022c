#!/bin/sh
# The five seed articles: five documents, their DCTs and precisions, and every
# sentence boundary (byte spans checked by reading; the golden file holds
# offsets only, no third-party text).
set -e
SEEDS=../shared/seeds
[ -d "$SEEDS" ] || { echo "skipped: $SEEDS missing"; exit 0; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$FRISE" annotate --format jsonl "$SEEDS" > "$out"
[ "$(wc -l < "$out")" -eq 5 ] || { echo "expected 5 lines"; exit 1; }
sed -E 's/^\{"id":"([^"]*)".*"dct":([^,]*),"dct_precision":"([a-z]*)".*"sentences":(\[[][0-9,]*\]),"timexes".*/\1 dct=\2 precision=\3 sentences=\4/' "$out" |
  sort | diff -u tests/data/seeds/sentences.golden -
