#!/bin/sh
# Opens the example HTML timeline (written by the test_render unit binary) in
# headless Chromium and checks, on the DOM after the page's script ran, that
# every entry renders, that the "#q=..." filter hook hides what does not match
# (accent-insensitively), and that hostile titles stay text. Skips when no
# Chromium is installed.
set -u
CHROMIUM=""
for c in ${CHROMIUM_BIN:-} chromium chromium-browser google-chrome; do
  if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$(command -v "$c"); break; fi
done
if [ -z "$CHROMIUM" ]; then echo "skipped: chromium not installed"; exit 0; fi

BUILD=$(dirname "${FRISE:-build/frise}")
RENDER="$BUILD/tests/test_render"
[ -x "$RENDER" ] || { echo "FAIL: $RENDER not built (make tests-bin)"; exit 1; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
FRISE_RENDER_OUT="$DIR" "$RENDER" >/dev/null || { echo "FAIL: $RENDER"; exit 1; }

# dump URL OUT: the serialised DOM after load, with a fresh profile each time.
dump() {
  profile=$(mktemp -d "$DIR/profile.XXXXXX")
  timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --dump-dom "$1" >"$2" 2>"$DIR/chromium.log"
  rc=$?
  [ $rc -eq 0 ] && [ -s "$2" ] || { echo "FAIL: chromium could not load $1 (rc $rc)"; tail -5 "$DIR/chromium.log"; exit 1; }
}
visible() { grep -o "<li class=\"$2\"[^>]*>" "$1" | grep -vc 'hidden' ; }
fail=0
expect() { # name got want
  if [ "$2" = "$3" ]; then echo "ok: $1 ($2)"; else echo "FAIL: $1: got $2, want $3"; fail=1; fi
}

page="file://$DIR/example.html"
dump "$page" "$DIR/all.html"
expect "entries rendered" "$(visible "$DIR/all.html" tl-item)" 8
expect "dates rendered" "$(visible "$DIR/all.html" tl-date)" 5
expect "filter shown once JS ran" "$(grep -c '<form class="tl-filter" role="search">' "$DIR/all.html")" 1
expect "count line" "$(grep -o '>8 phrases</p>' "$DIR/all.html" | head -1)" ">8 phrases</p>"

dump "$page#q=Gen%C3%A8ve" "$DIR/geneve.html"
expect "#q=Genève entries" "$(visible "$DIR/geneve.html" tl-item)" 2
expect "#q=Genève dates" "$(visible "$DIR/geneve.html" tl-date)" 2
expect "#q=Genève count" "$(grep -o '2 phrases sur 8 correspondent' "$DIR/geneve.html" | head -1)" "2 phrases sur 8 correspondent"

expect "#q=Genève highlights" "$(grep -o '<mark class="tl-hit">Genève</mark>' "$DIR/geneve.html" | wc -l)" 2
expect "#q=Genève leaves the text intact" "$(grep -c 'à <mark class="tl-hit">Genève</mark>.</span>' "$DIR/geneve.html")" 1
dump "$page#q=GENEVE%20mardi" "$DIR/fold.html"
expect "#q=GENEVE mardi (case, accents, two words)" "$(visible "$DIR/fold.html" tl-item)" 1
expect "#q=GENEVE mardi highlights both words" "$(grep -o '<mark class="tl-hit">[^<]*</mark>' "$DIR/fold.html" | tr '\n' ' ')" '<mark class="tl-hit">Genève</mark> <mark class="tl-hit">mardi</mark> ' 
dump "$page#q=Alpine" "$DIR/source.html"
expect "#q=Alpine (matches sources too)" "$(visible "$DIR/source.html" tl-item)" 2
dump "$page#q=zzzz" "$DIR/none.html"
expect "#q=zzzz" "$(visible "$DIR/none.html" tl-item)" 0

dump "file://$DIR/hostile.html" "$DIR/hostile.dom"
expect "hostile: no injected <img>" "$(grep -c '<img' "$DIR/hostile.dom")" 0
expect "hostile: no injected script ran" "$(grep -c 'pwned="1"\|<title>pwned' "$DIR/hostile.dom")" 0
expect "hostile: entries rendered" "$(visible "$DIR/hostile.dom" tl-item)" 2
expect "hostile: English page, count by script" "$(grep -o '>2 sentences</p>' "$DIR/hostile.dom")" ">2 sentences</p>"
exit $fail
