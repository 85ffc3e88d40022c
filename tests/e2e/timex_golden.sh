#!/bin/sh
# Golden files of the temporal tagger: every tests/data/timex/*.txt is
# annotated and compared with its .expected.jsonl (regenerate after a reviewed
# change with: for f in tests/data/timex/*.txt; do build/frise annotate
# --format jsonl "$f" > "${f%.txt}.expected.jsonl"; done).
set -u
FRISE=${FRISE:-build/frise}
status=0
for f in tests/data/timex/*.txt; do
  exp="${f%.txt}.expected.jsonl"
  # only the tagger's layers are compared: later annotators' fields are cut off
  if ! "$FRISE" annotate --format jsonl "$f" | sed -E 's/,"entities":.*$/}/' |
      diff -u "$exp" - >/tmp/timex_golden.$$ 2>&1; then
    echo "timex_golden.sh: $f differs from $exp"; head -40 /tmp/timex_golden.$$; status=1
  fi
done
rm -f /tmp/timex_golden.$$
exit $status
