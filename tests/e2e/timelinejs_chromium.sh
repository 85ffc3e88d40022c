#!/bin/sh
# Loads the example timeline's TimelineJS output into TimelineJS3 itself, in
# headless Chromium, and checks that every event became a slide and that a
# month entry is shown as a month. Opt-in: TimelineJS is not vendored, so this
# skips unless it is installed, e.g.
#   npm install --prefix /tmp/tljs @knight-lab/timelinejs && TIMELINEJS_DIR=/tmp/tljs/node_modules/@knight-lab/timelinejs
# (or a node_modules/@knight-lab/timelinejs under the repository root).
set -u
CHROMIUM=""
for c in ${CHROMIUM_BIN:-} chromium chromium-browser google-chrome; do
  if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$(command -v "$c"); break; fi
done
if [ -z "$CHROMIUM" ]; then echo "skipped: chromium not installed"; exit 0; fi
TLJS=${TIMELINEJS_DIR:-node_modules/@knight-lab/timelinejs}
if [ ! -f "$TLJS/dist/js/timeline.js" ]; then
  echo "skipped: TimelineJS not installed (set TIMELINEJS_DIR, see this script's header)"; exit 0
fi
TLJS=$(cd "$TLJS" && pwd)

BUILD=$(dirname "${FRISE:-build/frise}")
RENDER="$BUILD/tests/test_render"
[ -x "$RENDER" ] || { echo "FAIL: $RENDER not built (make tests-bin)"; exit 1; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
FRISE_RENDER_OUT="$DIR" "$RENDER" >/dev/null || { echo "FAIL: $RENDER"; exit 1; }

# The data goes inline ("</" escaped for the script element): file:// pages
# cannot fetch JSON.
{
  printf '<!DOCTYPE html><html><head><meta charset="utf-8">\n'
  printf '<link rel="stylesheet" href="file://%s/dist/css/timeline.css">\n' "$TLJS"
  printf '<script src="file://%s/dist/js/timeline.js"></script></head>\n' "$TLJS"
  printf '<body><div id="tl" style="width:1000px;height:700px"></div><pre id="log"></pre><script>\n'
  printf 'var log=document.getElementById("log");window.onerror=function(m){log.textContent+="ERROR "+m+"\\n";};\n'
  printf 'var data='
  sed 's|</|<\\/|g' "$DIR/example.timelinejs.json"
  printf ';try{new TL.Timeline("tl",data,{script_path:"file://%s/dist/js/"});}' "$TLJS"
  printf 'catch(e){log.textContent+="ERROR "+e+"\\n";}\n</script></body></html>\n'
} > "$DIR/page.html"

profile=$(mktemp -d "$DIR/profile.XXXXXX")
timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --allow-file-access-from-files --virtual-time-budget=8000 \
  --dump-dom "file://$DIR/page.html" >"$DIR/dom.html" 2>/dev/null
fail=0
log=$(grep -o '<pre id="log">[^<]*' "$DIR/dom.html")
case $log in *ERROR*) echo "FAIL: ${log#*>}"; fail=1 ;; esac
slides=$(grep -o 'class="tl-slide[ "]' "$DIR/dom.html" | wc -l)
[ "$slides" -eq 6 ] && echo "ok: 6 slides (title + 5 events)" || { echo "FAIL: $slides slides, want 6"; fail=1; }
grep -q '<h3 class="tl-headline-date">April 2023' "$DIR/dom.html" && echo "ok: month entry shown as a month" \
  || { echo "FAIL: month entry not shown as 'April 2023'"; fail=1; }
grep -q 'tl-headline-title">Passerelle du Léman' "$DIR/dom.html" && echo "ok: title slide" \
  || { echo "FAIL: no title slide"; fail=1; }
exit $fail
