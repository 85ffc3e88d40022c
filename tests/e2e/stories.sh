#!/bin/sh
# e2e: `frise stories --format tsv` on invented articles (three stories, one in
# French, one edited copy): one line per article, same story for the same
# events and for the copy, stable ids across runs and when appending; json and
# md formats; `frise eval stories` scores the result against gold labels.
set -e
: "${FRISE:=build/frise}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cat > "$T/a.jsonl" <<'JSON'
{"id": "a1", "date": "2031-03-02", "text": "The Verdane bridge over the River Ostra collapsed on Sunday night. Mayor Halvor Brenn said rescue teams from Verdane searched the river for cars. Kessel Engineering built the bridge in 1988."}
{"id": "b1", "date": "2031-03-02", "text": "Ilse Varga won the first round of the Morlaix chess open in the Grand Hall. Varga beat Tomas Reed with the black pieces after a long endgame, organisers of the Morlaix tournament said."}
{"id": "a2", "date": "2031-03-03", "text": "Divers found two cars in the River Ostra below the collapsed Verdane bridge. Halvor Brenn asked Kessel Engineering for the inspection reports of the bridge, which engineers had checked in 2029."}
{"id": "c1", "date": "2031-03-03", "text": "Les dockers de Portvieux sont en grève depuis lundi. Jeanne Marchal, du syndicat des dockers, réclame des hausses de salaire ; le port de Portvieux est bloqué et les navires attendent au large."}
{"id": "b2", "date": "2031-03-04", "text": "Tomas Reed recovered in the second round of the Morlaix chess open, drawing with the defending champion in the Grand Hall. Ilse Varga leads the Morlaix tournament with two points."}
{"id": "a3", "date": "2031-03-04", "text": "Investigators blamed corroded cables for the collapse of the Verdane bridge. Kessel Engineering denied any fault; Halvor Brenn ordered checks of every bridge across the River Ostra."}
{"id": "c2", "date": "2031-03-05", "text": "Au port de Portvieux, la grève des dockers se durcit. Jeanne Marchal annonce que les dockers bloqueront les navires jusqu'à l'ouverture de négociations sur les salaires avec la direction du port."}
JSON
cat > "$T/b.jsonl" <<'JSON'
{"id": "a2-copy", "date": "2031-03-06", "text": "UPDATE: Divers found two cars in the River Ostra below the colapsed Verdane bridge. Halvor Brenn asked Kessel Engineering for the inspection reports of the bridge, which engineers had checked in 2029."}
{"id": "b3", "date": "2031-03-06", "text": "Ilse Varga won the Morlaix chess open on Saturday with a final round victory in the Grand Hall; Tomas Reed finished second in the Morlaix tournament."}
JSON
"$FRISE" stories --format tsv "$T/a.jsonl" > "$T/one.tsv"
[ "$(wc -l < "$T/one.tsv")" -eq 7 ] || { echo "expected 7 lines"; cat "$T/one.tsv"; exit 1; }
awk -F '\t' 'NF != 2 || length($2) != 18 || $2 !~ /^s-[0-9a-f]+$/ { print "bad line: " $0; bad = 1 } END { exit bad }' "$T/one.tsv"
story() { awk -F '\t' -v id="$1" '$1 == id { print $2 }' "$2"; }
[ "$(story a1 "$T/one.tsv")" = "$(story a2 "$T/one.tsv")" ] && [ "$(story a1 "$T/one.tsv")" = "$(story a3 "$T/one.tsv")" ] || { echo "bridge story split"; exit 1; }
[ "$(story b1 "$T/one.tsv")" = "$(story b2 "$T/one.tsv")" ] || { echo "chess story split"; exit 1; }
[ "$(story c1 "$T/one.tsv")" = "$(story c2 "$T/one.tsv")" ] || { echo "French strike split"; exit 1; }
[ "$(cut -f2 "$T/one.tsv" | sort -u | wc -l)" -eq 3 ] || { echo "expected 3 stories"; exit 1; }
# same input, same output; appended input leaves earlier lines unchanged
"$FRISE" stories --format tsv "$T/a.jsonl" | cmp -s - "$T/one.tsv" || { echo "not deterministic"; exit 1; }
"$FRISE" stories --format tsv "$T/a.jsonl" "$T/b.jsonl" > "$T/two.tsv"
head -7 "$T/two.tsv" | cmp -s - "$T/one.tsv" || { echo "ids changed when appending"; exit 1; }
[ "$(story a2-copy "$T/two.tsv")" = "$(story a2 "$T/two.tsv")" ] || { echo "copy not in its original's story"; exit 1; }
[ "$(story b3 "$T/two.tsv")" = "$(story b1 "$T/two.tsv")" ] || { echo "b3 not with the chess story"; exit 1; }
# json marks the copy as a duplicate of a2; md lists it
"$FRISE" stories --format json "$T/a.jsonl" "$T/b.jsonl" > "$T/out.json"
grep -q '"duplicates": \[{"id": "a2-copy", "of": "a2"}\]' "$T/out.json" || { echo "duplicate missing from json"; cat "$T/out.json"; exit 1; }
grep -q '"n_duplicates": 1' "$T/out.json" || { echo "duplicate count"; exit 1; }
"$FRISE" stories --format md "$T/a.jsonl" "$T/b.jsonl" | grep -q 'a2-copy (duplicate of a2)' || { echo "md"; exit 1; }
# scoring against gold
printf 'a1\tbridge\na2\tbridge\na3\tbridge\na2-copy\tbridge\nb1\tchess\nb2\tchess\nb3\tchess\nc1\tstrike\nc2\tstrike\n' > "$T/gold.tsv"
"$FRISE" eval stories --json "$T/gold.tsv" "$T/two.tsv" | grep -q '"bcubed_f1": 1.0000' || { echo "eval"; exit 1; }
"$FRISE" eval stories --json "$T/gold.tsv" "$T/two.tsv" | grep -q '"mixed_clusters": 0, "intruders": 0' || { echo "eval mixing"; exit 1; }
# a chess article filed under the bridge story: one mixed cluster, one intruder, listed
sed 's/^b3\t.*/b3\t'"$(story a1 "$T/two.tsv")"'/' "$T/two.tsv" > "$T/mixed.tsv"
"$FRISE" eval stories "$T/gold.tsv" "$T/mixed.tsv" | grep -q '^Mixing  *1 system clusters.*; 1 items' || { echo "eval mixing text"; exit 1; }
"$FRISE" eval stories --intruders "$T/gold.tsv" "$T/mixed.tsv" | grep -q "^intruder	b3	chess	$(story a1 "$T/two.tsv")	bridge$" || { echo "eval --intruders"; exit 1; }
! command -v python3 >/dev/null || "$FRISE" eval stories --json --intruders "$T/gold.tsv" "$T/mixed.tsv" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["intruder_list"][0]["id"]=="b3" and d["mixed_clusters"]==1' || { echo "eval --intruders --json"; exit 1; }
# frise timeline: one timeline per story, and the timeline of one story
"$FRISE" timeline --quiet --all-stories --min-articles 2 --format json --out-dir "$T/tl" "$T/a.jsonl" "$T/b.jsonl"
[ "$(ls "$T/tl" | wc -l)" -eq 3 ] || { echo "expected 3 story timelines"; ls "$T/tl"; exit 1; }
bridge=$(story a1 "$T/two.tsv")
[ -s "$T/tl/$bridge.json" ] || { echo "no timeline file for $bridge"; exit 1; }
grep -q "$bridge" "$T/tl/$bridge.json" || { echo "story id missing from its timeline"; exit 1; }
"$FRISE" timeline --quiet --story "$bridge" --format md "$T/a.jsonl" "$T/b.jsonl" | grep -q 'Verdane' || { echo "--story"; exit 1; }
if "$FRISE" timeline --quiet --story s-0000000000000000 "$T/a.jsonl" 2>/dev/null; then echo "unknown story accepted"; exit 1; fi
# the help shows the library's defaults (declared once, in frise_stories_opts_init)
"$FRISE" stories --help | grep -q -- '--threshold X .*(default: 0.1)' || { echo "help lacks the threshold default"; exit 1; }
"$FRISE" stories --help | grep -q -- '--max-stories N .*(default: 10000)' || { echo "help lacks the max-stories default"; exit 1; }
# usage errors
if "$FRISE" stories --format xml "$T/a.jsonl" 2>/dev/null; then echo "bad format accepted"; exit 1; fi
if "$FRISE" eval stories "$T/gold.tsv" 2>/dev/null; then echo "eval with one file accepted"; exit 1; fi
exit 0
