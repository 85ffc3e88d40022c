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
  for kind in busiest oracle; do
    args=""
    for topic in "$CORPORA/$set"/*/; do
      topic=${topic%/}
      name=$(basename "$topic")
      mkdir -p "$OUT/$set-$kind/$name"
      opt=""; [ $kind = oracle ] && opt=--oracle-dates
      "$BUILD/tls_baseline" $opt "$topic" "$OUT/$set-$kind/$name"
      args="$args $topic/timelines.jsonl $OUT/$set-$kind/$name"
    done
    if [ $kind = busiest ]; then
      echo "== $set: trivial baseline (busiest days, first sentences of the day's first article)"
    else
      echo "== $set: date oracle (the gold's days, first sentences of the day's first article)"
    fi
    # shellcheck disable=SC2086
    "$BUILD/frise" eval timeline ${PER_TASK:+--per-task} $args
    if [ "$set" = mlcrisis-fr-dev ]; then
      echo "-- $set, $kind, with --unicode"
      # shellcheck disable=SC2086
      "$BUILD/frise" eval timeline --unicode $args
    fi
  done
done
