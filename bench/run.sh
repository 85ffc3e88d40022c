#!/bin/sh
# frise benchmark (`make bench`): builds a >= 200 MB French/English corpus in
# bench/data/ from ../shared/corpora (bench/make_corpus.py, once), then
# measures, on one core:
#   1. reading only, 2. reading + text layer (bench/frise_bench), over the
#      JSON Lines file and over the folder of text files;
#   3. the full `frise annotate` program (JSON Lines out to /dev/null), with
#      /usr/bin/time -v for its peak memory.
# MB are 10^6 bytes of input files; "cpu" rates divide by user+sys time (what
# one core does, whatever else runs on the machine), "wall" by elapsed time.
# BENCH_JSONL_MB / BENCH_TEXT_MB shrink the corpus for a quick run.
set -eu
cd "$(dirname "$0")/.."
JMB=${BENCH_JSONL_MB:-200}; TMB=${BENCH_TEXT_MB:-100}
SHARED=${FRISE_SHARED:-../shared}
[ -d "$SHARED/corpora" ] || { echo "bench: $SHARED/corpora not found (set FRISE_SHARED)" >&2; exit 1; }
make --no-print-directory -s all
mkdir -p build/bench
cc -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O2 -g -Iinclude -o build/bench/frise_bench \
  bench/frise_bench.c build/libfrise.a $(pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc) -lstemmer -lm
echo "bench: corpus (bench/data, built once: ${JMB} MB JSON Lines, ${TMB} MB text files)"
python3 bench/make_corpus.py --shared "$SHARED" --jsonl-mb "$JMB" --text-mb "$TMB"
J=bench/data/corpus.jsonl; T=bench/data/text
cat "$J" >/dev/null; find "$T" -type f -exec cat {} + >/dev/null  # warm the page cache
echo "bench: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for input in "$J" "$T"; do
  for stage in read text annotate; do
    printf '%-9s %-24s ' "$stage" "$input"
    build/bench/frise_bench "$stage" "$input" 2>/dev/null | sed 's/ sentences=.*//'
  done
done
printf '%-9s %-24s ' "frise annotate" "$J"
/usr/bin/time -v build/frise annotate --quiet "$J" 2>build/bench/time.txt >/dev/null || true
awk -v mb="$(du -b "$J" | cut -f1)" '
  /User time/ {u=$NF} /System time/ {s=$NF} /Elapsed/ {split($NF,a,":"); w=(length(a)==3)?a[1]*3600+a[2]*60+a[3]:a[1]*60+a[2]}
  /Maximum resident/ {r=$NF}
  END {printf "input_MB=%.1f wall_s=%.2f cpu_s=%.2f MB/s_wall=%.1f MB/s_cpu=%.1f peak_RSS_MB=%.1f\n", mb/1e6, w, u+s, mb/1e6/w, mb/1e6/(u+s), r/1024}' build/bench/time.txt
