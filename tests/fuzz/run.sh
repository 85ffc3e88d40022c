#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz/fuzz_*.c) with clang, ASan and
# UBSan into build-fuzz/, then runs each over its hostile corpus
# (tests/fuzz/corpus/<target>/) plus some fuzzing:
#   sh tests/fuzz/run.sh short   # `make test-asan`: ~10 s a target
#   sh tests/fuzz/run.sh long    # `make fuzz`: 5 min a target
# FUZZ_SECONDS overrides the time; FUZZ_TARGETS="json tml" picks targets.
# One line per target; exits non-zero if any target crashes, leaks, times out
# or fails to build. Crashing inputs are kept in build-fuzz/artifacts/.
MODE=${1:-short}
case $MODE in
  short) SECS=${FUZZ_SECONDS:-10} ;;
  long) SECS=${FUZZ_SECONDS:-300} ;;
  *) echo "usage: tests/fuzz/run.sh short|long" >&2; exit 2 ;;
esac
B=build-fuzz; mkdir -p $B
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
if ! command -v clang >/dev/null; then
  echo "fuzz: FAIL (clang not installed)"; mkdir -p tests/.results; echo "fuzz 0 1" > tests/.results/fuzz; exit 1
fi
make --no-print-directory -s "$B/libfrise.a" BUILD=$B CC=clang \
  OPT="-O1 -g -fsanitize=fuzzer-no-link $SAN" >"$B/lib.log" 2>&1 || {
  cat "$B/lib.log"; echo "fuzz: FAIL (library does not build)"
  mkdir -p tests/.results; echo "fuzz 0 1" > tests/.results/fuzz; exit 1; }
CFLAGS="-std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O1 -g -Iinclude -Isrc -Itests/fuzz"
LIBS="$(pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc) -lstemmer -lm"
mkdir -p "$B/artifacts"
TARGETS=${FUZZ_TARGETS:-$(ls tests/fuzz/fuzz_*.c | sed 's|.*/fuzz_||; s|\.c$||')}
status=0; passed=0; failed=0
for t in $TARGETS; do
  bin=$B/fuzz_$t
  if ! clang $CFLAGS -fsanitize=fuzzer $SAN -o "$bin" "tests/fuzz/fuzz_$t.c" "$B/libfrise.a" $LIBS \
      >"$B/build_$t.log" 2>&1; then
    cat "$B/build_$t.log"; echo "fuzz: $t: FAIL (does not build)"; status=1; failed=$((failed + 1)); continue
  fi
  seeds=tests/fuzz/corpus/$t
  work=$B/corpus/$t             # grows as the fuzzer finds new paths; not in git
  mkdir -p "$work" "$seeds"
  log=$B/fuzz_$t.log
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$bin" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$B/artifacts/$t-" "$work" "$seeds" >"$log" 2>&1
  rc=$?
  runs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
  cov=$(grep -ao 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  nseeds=$(ls "$seeds" | wc -l)
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1))
    echo "fuzz: $t: ok ($nseeds seeds, ${runs:-?} runs in ${SECS}s, coverage ${cov:-?})"
  else
    grep -aE 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -8
    echo "fuzz: $t: FAIL (exit $rc; log $log, input in $B/artifacts/)"
    status=1; failed=$((failed + 1))
  fi
done
# Counted in the `make test` summary (tests/run_all.sh): one test per target.
mkdir -p tests/.results
echo "fuzz $passed $failed" > tests/.results/fuzz
exit $status
