#!/bin/sh
# Scores the trivial baseline of bench/tls_baseline.c on the timeline
# summarisation dev sets (T17 and ML-Crisis French), as a sanity check of
# `frise eval timeline`. Run from the repository root after `make`.
set -e
BUILD=${BUILD:-build}
CORPORA=${CORPORA:-../shared/corpora}
OUT=${OUT:-$BUILD/bench/tls_baseline}
mkdir -p "$OUT"
${CC:-cc} -std=c11 -D_GNU_SOURCE -O2 -Iinclude -o "$BUILD/tls_baseline" bench/tls_baseline.c \
  "$BUILD/libfrise.a" -lutf8proc -lstemmer -lm
for set in t17-dev mlcrisis-fr-dev; do
  [ -d "$CORPORA/$set" ] || { echo "skip $set: $CORPORA/$set not found"; continue; }
  args=""
  for topic in "$CORPORA/$set"/*/; do
    topic=${topic%/}
    name=$(basename "$topic")
    mkdir -p "$OUT/$set/$name"
    "$BUILD/tls_baseline" "$topic" "$OUT/$set/$name"
    args="$args $topic/timelines.jsonl $OUT/$set/$name"
  done
  echo "== $set: trivial baseline (busiest days, first sentences of the day's first article)"
  # shellcheck disable=SC2086
  "$BUILD/frise" eval timeline --per-task $args
  if [ "$set" = mlcrisis-fr-dev ]; then
    echo "-- $set with --unicode"
    # shellcheck disable=SC2086
    "$BUILD/frise" eval timeline --unicode $args
  fi
done
