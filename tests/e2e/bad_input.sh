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

# The same JSON Lines on stdin (streamed, not cut at the document size limit),
# and a NUL byte that rejects its line only.
"$FRISE" annotate - <"$D/file.jsonl" >"$T/out2" 2>"$T/err" && fail "stdin: exit status 0, expected 1"
grep -q '^-:2: error: malformed JSON' "$T/err" || fail "stdin: broken line not named -:2"
[ "$(grep -c '"id":"j[13]"' "$T/out2")" -eq 2 ] || fail "stdin: good lines missing"
printf '{"id":"n1","text":"un"}\n{"id":"n2","te\000xt":"deux"}\n{"id":"n3","text":"trois"}\n' >"$T/nul.json"
"$FRISE" annotate "$T/nul.json" >"$T/out3" 2>"$T/err"
grep -q 'nul.json:2: error: binary data' "$T/err" || fail "NUL line not named file:2"
[ "$(grep -c '"id":"n[13]"' "$T/out3")" -eq 2 ] || fail "lines around a NUL byte lost"

# Symbolic links back to enclosing folders: reported once each, no endless walk.
L="$T/loop"; mkdir -p "$L/sub"
printf 'date 2022-01-01\nUn texte.\n' >"$L/sub/a.txt"
ln -s .. "$L/sub/up" && ln -s . "$L/sub/self" || fail "cannot make links"
if command -v timeout >/dev/null; then run="timeout 60"; else run=""; fi
$run "$FRISE" annotate "$L" >"$T/out4" 2>"$T/err"; rc=$?
[ $rc -eq 1 ] || fail "folder loop: exit status $rc, expected 1"
[ "$(wc -l <"$T/out4")" -eq 1 ] || fail "folder loop: the article should be read once"
[ "$(grep -c 'folder loop' "$T/err")" -eq 2 ] || fail "folder loop: expected 2 messages"
exit 0
