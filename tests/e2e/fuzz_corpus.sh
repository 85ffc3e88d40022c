#!/bin/sh
# Runs `frise annotate` (both output formats) over the hostile fuzz corpus
# (tests/fuzz/corpus): through the command line this also covers the folder
# walker and the streamed JSON Lines reader, which the fuzz targets do not.
# Pass = no crash (exit 0 or 1) and valid JSON Lines on stdout.
set -u
FRISE=${FRISE:-build/frise}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
for dir in tests/fuzz/corpus/text tests/fuzz/corpus/jsonl tests/fuzz/corpus/tml; do
  "$FRISE" annotate "$dir" >"$T/out" 2>"$T/err"; rc=$?
  if [ $rc -gt 1 ]; then tail -20 "$T/err"; echo "fuzz_corpus.sh: annotate $dir: exit $rc"; exit 1; fi
  if command -v python3 >/dev/null && ! python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"): json.loads(l)' "$T/out"; then
    echo "fuzz_corpus.sh: $dir: output is not valid JSON Lines"; exit 1
  fi
  "$FRISE" annotate --format timeml --out-dir "$T/tml" "$dir" >/dev/null 2>"$T/err"; rc=$?
  if [ $rc -gt 1 ]; then tail -20 "$T/err"; echo "fuzz_corpus.sh: annotate --format timeml $dir: exit $rc"; exit 1; fi
done
# Every input also on stdin, where the format is sniffed from the content.
for f in tests/fuzz/corpus/*/*; do
  "$FRISE" annotate - <"$f" >/dev/null 2>"$T/err"; rc=$?
  if [ $rc -gt 1 ]; then tail -20 "$T/err"; echo "fuzz_corpus.sh: annotate - < $f: exit $rc"; exit 1; fi
done
exit 0
