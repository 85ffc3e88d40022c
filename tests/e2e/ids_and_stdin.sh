#!/bin/sh
# Ids stay unique when two named files share a name; stdin is read as "-";
# --dct supplies the date; exit codes follow frise(1).
set -e
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/a" "$dir/b"
echo "Premier texte." > "$dir/a/x.txt"
echo "Second texte." > "$dir/b/x.txt"
out=$("$FRISE" annotate "$dir/a/x.txt" "$dir/b/x.txt" 2>"$dir/err")
echo "$out" | grep -q '"id":"x.txt"'
echo "$out" | grep -q '"id":"x.txt#2"'
grep -q "duplicate document id" "$dir/err"
out=$(printf '{"id":"s1","text":"Hello world, said nobody."}\n' | "$FRISE" annotate --dct 2024-05-06 -)
echo "$out" | grep -q '"id":"s1".*"dct":"2024-05-06","dct_precision":"day","lang":"en"'
set +e
"$FRISE" annotate --dct 2024-02-30 "$dir/a" >/dev/null 2>&1; [ $? -eq 2 ] || exit 1
"$FRISE" nosuchcommand >/dev/null 2>&1; [ $? -eq 2 ] || exit 1
"$FRISE" annotate "$dir/missing" >/dev/null 2>&1; [ $? -eq 1 ] || exit 1
"$FRISE" --help | grep -q annotate || exit 1
"$FRISE" annotate --help | grep -q -- "--dct" || exit 1
exit 0
