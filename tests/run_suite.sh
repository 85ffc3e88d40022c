#!/bin/sh
# Runs every unit-test binary and every end-to-end script against one build
# folder; appends "suite passed failed" to build-results for the summary.
BUILD=$1; MODE=$2
RESULTS=tests/.results
mkdir -p "$RESULTS"
passed=0; failed=0
for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  out=$("$t" 2>&1); rc=$?
  line=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
  p=$(echo "$line" | cut -d' ' -f1); f=$(echo "$line" | cut -d' ' -f3)
  [ -n "$p" ] || { p=0; f=1; }
  [ $rc -ne 0 ] && [ "$f" = 0 ] && f=1
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$f" != 0 ]; then printf '%s\n' "$out" | tail -30; echo "[$MODE] FAIL $(basename "$t")"; else echo "[$MODE] ok   $(basename "$t") ($p)"; fi
done
for t in tests/e2e/*.sh; do
  [ -f "$t" ] || continue
  out=$(FRISE="$BUILD/frise" sh "$t" 2>&1); rc=$?
  if [ $rc -eq 0 ]; then passed=$((passed + 1)); echo "[$MODE] ok   $(basename "$t")"
  else failed=$((failed + 1)); printf '%s\n' "$out" | tail -30; echo "[$MODE] FAIL $(basename "$t")"; fi
done
echo "$MODE $passed $failed" > "$RESULTS/$MODE"
echo "[$MODE] $passed passed, $failed failed"
[ $failed -eq 0 ]
