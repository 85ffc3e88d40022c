#!/bin/sh
# frise eval timex on the fixtures in tests/data/eval/timex: known counts and
# scores, JSON output, --details, the missing-system-file warning, and a
# round trip through `frise annotate --format timeml` (texts must agree).
set -u
FRISE=${FRISE:-build/frise}
D=tests/data/eval/timex
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail() { echo "eval_timex.sh: $*"; exit 1; }

"$FRISE" eval timex "$D/gold" "$D/sys" >"$T/out" 2>"$T/err" || fail "exit status $?"
grep -q '^strict *25.00 *20.00 *22.22 *1$' "$T/out" || { cat "$T/out"; fail "strict row"; }
grep -q '^relaxed *75.00 *60.00 *66.67 *3$' "$T/out" || fail "relaxed row"
grep -q '^type *50.00 *40.00 *44.44 *2 *66.67$' "$T/out" || fail "type row"
grep -q '^value *50.00 *40.00 *44.44 *2 *66.67$' "$T/out" || fail "value row"
grep -q '^TIME  *1  *0  *0.00  *100.00  *0.00$' "$T/out" || fail "by-type row"
grep -q 'sys/sub/b.tml: warning: no system file' "$T/err" || { cat "$T/err"; fail "missing-file warning"; }

"$FRISE" eval timex --json "$D/gold" "$D/sys" >"$T/json" 2>/dev/null || fail "--json exit status"
[ "$(wc -l <"$T/json")" -eq 1 ] || fail "--json is not one line"
grep -q '"gold":5,"system":4,"strict_matches":1,"relaxed_matches":3' "$T/json" || { cat "$T/json"; fail "json counts"; }
grep -q '"value":{"precision":0.5000,"recall":0.4000,"f1":0.4444}' "$T/json" || fail "json value"
grep -q '"DATE":{"gold":2,"system":3,"strict":1,"relaxed":1,"value_correct":1}' "$T/json" || fail "json by type"

"$FRISE" eval timex --details "$D/gold" "$D/sys" >"$T/det" 2>/dev/null
grep -q '^miss  a.tml gold \[60,74) "Chaque semaine" SET P1W  | puis lundi matin et pendant deux jours. \[Chaque semaine\] & toujours.$' "$T/det" || { cat "$T/det"; fail "details miss"; }
grep -q '^false a.tml sys \[20,24) "puis" DATE XXXX  | ' "$T/det" || fail "details false alarm"
grep -q '^value a.tml gold \[25,36) "lundi matin"' "$T/det" || fail "details value"

# Gold against itself: all 100.
"$FRISE" eval timex "$D/gold" "$D/gold" >"$T/self" 2>/dev/null || fail "self exit status"
grep -q '^value *100.00 *100.00 *100.00 *5 *100.00$' "$T/self" || { cat "$T/self"; fail "self scores"; }

# Round trip: annotate writes the same text, so no text warning.
"$FRISE" annotate --format timeml --out-dir "$T/sys" "$D/gold" 2>/dev/null
"$FRISE" eval timex "$D/gold" "$T/sys" >/dev/null 2>"$T/err2" || fail "round-trip exit status"
if grep -q 'text differs\|no system file' "$T/err2"; then cat "$T/err2"; fail "round trip: texts or names disagree"; fi

# Usage errors.
"$FRISE" eval timex "$D/gold" >/dev/null 2>&1; [ $? -eq 2 ] || fail "one argument should be a usage error"
"$FRISE" eval timex "$T/nowhere" "$D/sys" >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing gold folder"
"$FRISE" eval timex "$D/gold" "$T/nowhere" >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing system folder"
exit 0
