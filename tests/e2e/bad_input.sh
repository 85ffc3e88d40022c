#!/bin/sh
# Hostile input: a folder holding one good article and bad ones. frise must not
# crash, must name every bad input once (file, or file:line for JSON Lines),
# must still annotate the good article and the two good JSON lines, and must
# exit with 1 (some input rejected).
set -u
FRISE=${FRISE:-build/frise}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
fail() { echo "bad_input.sh: $*"; [ -f "$T/err" ] && sed 's/^/  stderr: /' "$T/err"; exit 1; }
D="$T/in"; mkdir "$D"

printf 'date 2022-03-14\nUn article correct\n\nLe conseil municipal s'"'"'est réuni lundi. Il reprendra ses travaux en avril.\n' >"$D/good.txt"
printf 'date 2022-03-14\nTexte avec un octet \377 invalide et un \303 tronqué, puis une suite \340\200\257 trop longue.\n' >"$D/bad_utf8.txt"
: >"$D/empty.txt"
printf '\177ELF\002\001\001\000\000\000binary\000\001\002' >"$D/binary.bin"
printf 'date 2022-13-45\nUn article dont la date est impossible.\n' >"$D/bad_date.txt"
printf '%s\n' '{"id":"j1","date":"2022-03-01","text":"Premier article en ligne, publié le 1er mars."}' \
  '{"id":"j2","date":"2022-03-02","text":"Ligne cassée' \
  '{"id":"j3","date":"2022-03-03","text":"Troisième article, daté du 3 mars."}' >"$D/file.jsonl"

"$FRISE" annotate "$D" >"$T/out" 2>"$T/err"
rc=$?
[ $rc -eq 1 ] || fail "exit status $rc, expected 1"

# One message per bad input, naming it.
for f in bad_utf8.txt empty.txt binary.bin bad_date.txt file.jsonl:2; do
  n=$(grep -c "in/$f: " "$T/err")
  [ "$n" -eq 1 ] || fail "$n messages for $f, expected 1"
done
grep -q "file.jsonl:[13]:" "$T/err" && fail "good JSON lines were reported"
grep -q "good.txt" "$T/err" && fail "the good article was reported"
[ "$(wc -l <"$T/err")" -eq 5 ] || fail "expected exactly 5 messages"

# The good inputs are in the output (one JSON line each), the rejected are not.
grep -q '"id":"good.txt"' "$T/out" || fail "good article missing"
grep -q '"id":"j1"' "$T/out" || fail "j1 missing"
grep -q '"id":"j3"' "$T/out" || fail "j3 missing"
grep -q '"id":"j2"' "$T/out" && fail "broken line j2 in output"
grep -q '"id":"empty.txt"\|"id":"binary.bin"' "$T/out" && fail "rejected file in output"
# Repaired and degraded inputs are still annotated.
grep -q '"id":"bad_utf8.txt"' "$T/out" || fail "repaired UTF-8 article missing"
grep -q '"id":"bad_date.txt".*"dct":null' "$T/out" || fail "bad date article missing or dated"
# Every output line is valid JSON.
if command -v python3 >/dev/null; then
  python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"): json.loads(l)' "$T/out" || fail "output is not valid JSON Lines"
fi
exit 0
