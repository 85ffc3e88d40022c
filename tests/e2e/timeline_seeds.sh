#!/bin/sh
# frise timeline on the five seed articles (Biden-Putin): the dates come from
# the text (the 50-minute call of 2021-12-30, the Geneva talks of 2022-01-10,
# Blinken cancelling on 2022-02-22), each citing the article that tells it,
# and no entry is a photo caption. Needs the temporal tagger: skipped while
# `frise annotate` finds no temporal expression in the seeds.
set -e
SEEDS=../shared/seeds
[ -d "$SEEDS" ] || { echo "skipped: $SEEDS missing"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! "$FRISE" annotate "$SEEDS" | grep -q '"timexes":\[{'; then
  echo "skipped: no temporal tagger yet (frise annotate finds no timex in the seeds)"
  exit 0
fi
"$FRISE" timeline --format json "$SEEDS" > "$tmp/tl.json"
fail() { echo "FAIL: $*"; cat "$tmp/tl.json"; exit 1; }
# entry lines: {"date":"...", ... "sources":[ids], ...}
entry() { grep "^ *{\"date\":\"$1\"" "$tmp/tl.json" || true; }
check() { # date, id prefix of the article that must be cited
  e=$(entry "$1")
  [ -n "$e" ] || fail "no entry for $1"
  printf '%s' "$e" | grep -o '"sources":\[[^]]*\]' | grep -q "\"$2" || fail "$1 does not cite $2"
}
check 2021-12-30 003_
check 2022-01-10 003_
check 2022-02-22 000_
# the event of the day (the meeting cancelled), not only a statement made that day
entry 2022-02-22 | grep -q 'annulée le 22 au soir' || fail "2022-02-22 does not tell the cancellation"
# captions end with "( AFP / ... )": never a summary sentence
if grep '^ *{"date":' "$tmp/tl.json" | grep -o '"text":"[^"]*"' | grep -q '( AFP /'; then
  fail "a caption made it into the timeline"
fi
echo ok
